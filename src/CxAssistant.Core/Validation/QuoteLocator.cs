using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;
using CxAssistant.Core.Safety;

namespace CxAssistant.Core.Validation;

/// <summary>
/// Turns a quote a model gave as (evidence id, text) into a grounded <see cref="EvidenceQuote"/> by finding the text
/// in the record: offsets are computed here, never taken from the model. Evidence reaches prompts with <c>&amp; &lt;
/// &gt;</c>
/// escaped, so an escaped quote is decoded before it is looked up. Models only ever see redacted text, so a quote may
/// carry
/// placeholders ("[NAME-1] at the counter"): each one must stand where the record holds personal data of that type (or
/// that placeholder), and the located quote is the record's own span. Returns a finding when the text is not verbatim.
/// </summary>
public static class QuoteLocator
{
    private static readonly PiiRedactor Redactor = new();

    /// <summary>The located quote, or the grounding finding that explains why it is not one.</summary>
    public static (EvidenceQuote? Quote, Finding? Finding) Locate(
        string? evidenceId,
        string? text,
        IReadOnlyDictionary<string, EvidenceRecord> evidence
    )
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (string.IsNullOrWhiteSpace(evidenceId) || !evidence.TryGetValue(evidenceId, out var record))
        {
            return (
                null,
                new Finding(GroundingCheck.Name, $"quote cites evidence '{evidenceId}', which does not exist")
            );
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, new Finding(GroundingCheck.Name, $"quote from evidence '{evidenceId}' is empty"));
        }
        foreach (
            var candidate in new[] { text, WebUtility.HtmlDecode(text) }
                .Select(c => c.Trim())
                .Distinct(StringComparer.Ordinal)
        )
        {
            var start = record.Text.IndexOf(candidate, StringComparison.Ordinal);
            if (candidate.Length == 0)
            {
                continue;
            }
            TextRange? found =
                start >= 0 ? new TextRange(start, start + candidate.Length)
                : Placeholders.Any(candidate) ? WithPlaceholders(record.Text, candidate)
                : null;
            if (found is not { } range)
            {
                continue;
            }
            // Verbatim, but words addressed to a machine ("Note to the AI…") are not a customer's evidence for
            // anything.
            if (PayloadFree.Overlaps(record.Text, range.Start, range.End))
            {
                return (
                    null,
                    new Finding(
                        GroundingCheck.Name,
                        $"quote \"{Shorten(text)}\" from evidence '{evidenceId}' is text "
                            + $"addressed to a machine, not the customer's words; quote what the "
                            + $"customer says about their experience"
                    )
                );
            }
            return (EvidenceQuote.Of(record, range.Start, range.End), null);
        }
        return (
            null,
            new Finding(
                GroundingCheck.Name,
                $"quote \"{Shorten(text)}\" is not a verbatim part of evidence '{evidenceId}'; copy the words exactly"
            )
        );
    }

    /// <summary>
    /// Where a quote with placeholders matches the record, each placeholder standing for an entity of its type.
    /// </summary>
    private static TextRange? WithPlaceholders(string recordText, string quote)
    {
        var entities = Redactor.Detect(recordText);
        var pattern = new StringBuilder();
        var last = 0;
        foreach (var (type, start, end) in Placeholders.Find(quote))
        {
            pattern.Append(Regex.Escape(quote[last..start])).Append("(?:").Append(Placeholders.PatternFor(type));
            foreach (
                var value in entities
                    .Where(e => e.Type == type)
                    .Select(e => recordText[e.Start..e.End])
                    .Distinct(StringComparer.Ordinal)
            )
            {
                pattern.Append('|').Append(Regex.Escape(value));
            }
            pattern.Append(')');
            last = end;
        }
        pattern.Append(Regex.Escape(quote[last..]));
        var match = Regex.Match(recordText, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success && match.Length > 0 ? new TextRange(match.Index, match.Index + match.Length) : null;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
