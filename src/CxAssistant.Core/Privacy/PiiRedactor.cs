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

    public RedactionResult Redact(string text) => Redact(text, null);

    /// <summary>
    /// Redacts with numbered placeholders from <paramref name="placeholders"/> ("[EMAIL-1]"), the same for the same
    /// value
    /// everywhere the table is used; plain placeholders ("[EMAIL]") when it is null.
    /// </summary>
    public RedactionResult Redact(string text, PlaceholderTable? placeholders)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Detect(text);
        return found.Count == 0
            ? new RedactionResult(text, [])
            : Rewrite(text, found.Select(m => (m.Type, m.Start, m.End)), placeholders);
    }

    /// <summary>
    /// Writes the placeholders of redactions found earlier (e.g. in parallel with plain placeholders) into the original
    /// text, numbered by <paramref name="placeholders"/> in text order, so numbering stays deterministic.
    /// </summary>
    public static RedactionResult Renumber(string text, RedactionResult plain, PlaceholderTable placeholders)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plain);
        return plain.HasRedactions
            ? Rewrite(text, plain.Redactions.Select(r => (r.Type, r.OriginalStart, r.OriginalEnd)), placeholders)
            : plain;
    }

    private static RedactionResult Rewrite(
        string text,
        IEnumerable<(PiiType Type, int Start, int End)> found,
        PlaceholderTable? placeholders
    )
    {
        var builder = new StringBuilder(text.Length);
        var redactions = new List<Redaction>();
        var last = 0;
        foreach (var (type, start, end) in found)
        {
            builder.Append(text, last, start - last);
            var placeholder = placeholders?.For(type, text[start..end]) ?? Redaction.Placeholder(type);
            var redactedStart = builder.Length;
            builder.Append(placeholder);
            redactions.Add(new Redaction(type, start, end, redactedStart, builder.Length));
            last = end;
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
            if (_options.Card)
            {
                CardDetector.Find(text, candidates);
            }
            if (_options.Iban)
            {
                IbanDetector.Find(text, candidates);
            }
            if (_options.Ip)
            {
                IpDetector.Find(text, candidates);
            }
            if (_options.Phone)
            {
                PhoneDetector.Find(text, candidates);
            }
            if (_options.Address)
            {
                AddressDetector.Find(text, candidates);
            }
        }
        if (_options.Email)
        {
            EmailDetector.Find(text, candidates);
        }
        if (_options.Name)
        {
            NameDetector.Find(text, candidates);
            RunningTextNames.Find(text, candidates);
        }
        return OverlapResolver.Resolve(candidates);
    }

    private static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
