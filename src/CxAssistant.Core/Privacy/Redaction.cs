namespace CxAssistant.Core.Privacy;

/// <summary>
/// One replaced entity: [OriginalStart, OriginalEnd) in the original text became
/// [RedactedStart, RedactedEnd) (the placeholder, e.g. "[EMAIL]") in the redacted text.
/// </summary>
public sealed record Redaction(PiiType Type, int OriginalStart, int OriginalEnd, int RedactedStart, int RedactedEnd)
{
    /// <summary>
    /// The placeholder written for a type: "[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]", "[ADDRESS]", "[NAME]".
    /// </summary>
    public static string Placeholder(PiiType type) =>
        type switch
        {
            PiiType.Email => "[EMAIL]",
            PiiType.Phone => "[PHONE]",
            PiiType.Card => "[CARD]",
            PiiType.Iban => "[IBAN]",
            PiiType.Ip => "[IP]",
            PiiType.Address => "[ADDRESS]",
            PiiType.Name => "[NAME]",
            _ => "[PII]",
        };
}
