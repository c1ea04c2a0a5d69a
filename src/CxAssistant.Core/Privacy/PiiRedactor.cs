using System.Text;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Replaces personal data with readable placeholders ("[EMAIL]", "[PHONE]"…) before text is stored in a
/// vector index or sent to a model (DESIGN.md principle 4). Deterministic: when detections overlap, the
/// checksum-verified types win (card, IBAN), then e-mail, IP, phone, address, name; within a type the longer
/// match wins, then the earlier one. Thread-safe and allocation-light; texts without PII come back unchanged.
/// </summary>
public sealed class PiiRedactor(PiiOptions? options = null)
{
    private readonly PiiOptions _options = options ?? PiiOptions.Default;

    public PiiOptions Options => _options;

    public RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Detect(text);
        if (found.Count == 0) return new RedactionResult(text, []);
        var builder = new StringBuilder(text.Length);
        var redactions = new List<Redaction>(found.Count);
        var last = 0;
        foreach (var match in found)
        {
            builder.Append(text, last, match.Start - last);
            var placeholder = Redaction.Placeholder(match.Type);
            var redactedStart = builder.Length;
            builder.Append(placeholder);
            redactions.Add(new Redaction(match.Type, match.Start, match.End, redactedStart, builder.Length));
            last = match.End;
        }
        builder.Append(text, last, text.Length - last);
        return new RedactionResult(builder.ToString(), redactions);
    }

    /// <summary>The entities found, non-overlapping and in text order, without rewriting the text.</summary>
    internal List<PiiMatch> Detect(string text)
    {
        var candidates = new List<PiiMatch>();
        if (HasDigit(text))
        {
            if (_options.Card) CardDetector.Find(text, candidates);
            if (_options.Iban) IbanDetector.Find(text, candidates);
            if (_options.Ip) IpDetector.Find(text, candidates);
            if (_options.Phone) PhoneDetector.Find(text, candidates);
            if (_options.Address) AddressDetector.Find(text, candidates);
        }
        if (_options.Email) EmailDetector.Find(text, candidates);
        if (_options.Name) NameDetector.Find(text, candidates);
        return OverlapResolver.Resolve(candidates);
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
