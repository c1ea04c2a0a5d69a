using System.Net;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;

namespace CxAssistant.Core.Validation;

/// <summary>
/// Turns a quote a model gave as (evidence id, text) into a grounded <see cref="EvidenceQuote"/> by finding the text
/// in the record: offsets are computed here, never taken from the model. Evidence reaches prompts with <c>&amp; &lt; &gt;</c>
/// escaped, so an escaped quote is decoded before it is looked up. Returns a finding when the text is not verbatim.
/// </summary>
public static class QuoteLocator
{
    /// <summary>The located quote, or the grounding finding that explains why it is not one.</summary>
    public static (EvidenceQuote? Quote, Finding? Finding) Locate(string? evidenceId, string? text, IReadOnlyDictionary<string, EvidenceRecord> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (string.IsNullOrWhiteSpace(evidenceId) || !evidence.TryGetValue(evidenceId, out var record))
            return (null, new Finding(GroundingCheck.Name, $"quote cites evidence '{evidenceId}', which does not exist"));
        if (string.IsNullOrWhiteSpace(text))
            return (null, new Finding(GroundingCheck.Name, $"quote from evidence '{evidenceId}' is empty"));
        foreach (var candidate in new[] { text, WebUtility.HtmlDecode(text) }.Select(c => c.Trim()).Distinct(StringComparer.Ordinal))
        {
            var start = record.Text.IndexOf(candidate, StringComparison.Ordinal);
            if (candidate.Length == 0 || start < 0) continue;
            // Verbatim, but words addressed to a machine ("Note to the AI…") are not a customer's evidence for anything.
            if (PayloadFree.Overlaps(record.Text, start, start + candidate.Length))
                return (null, new Finding(GroundingCheck.Name, $"quote \"{Shorten(text)}\" from evidence '{evidenceId}' is text addressed to a machine, not the customer's words; quote what the customer says about their experience"));
            return (EvidenceQuote.Of(record, start, start + candidate.Length), null);
        }
        return (null, new Finding(GroundingCheck.Name, $"quote \"{Shorten(text)}\" is not a verbatim part of evidence '{evidenceId}'; copy the words exactly"));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
