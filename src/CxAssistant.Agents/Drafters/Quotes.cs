using CxAssistant.Agents.Drafting;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafters;

/// <summary>Turns a model's quotes into grounded quotes, limited to the evidence the request carried.</summary>
internal static class Quotes
{
    public static List<EvidenceQuote> Locate(
        IEnumerable<ModelQuote>? quotes,
        IReadOnlySet<string> given,
        IReadOnlyDictionary<string, EvidenceRecord> index,
        string where,
        List<Finding> findings,
        int minimum = 1
    )
    {
        var list = (quotes ?? []).ToList();
        var idFindings = EvidenceIdCheck.Check(list.Select(q => q.EvidenceId), given, where, minimum);
        findings.AddRange(idFindings);
        var located = new List<EvidenceQuote>();
        foreach (var q in list.Where(q => q.EvidenceId is not null && given.Contains(q.EvidenceId)))
        {
            var (quote, finding) = QuoteLocator.Locate(q.EvidenceId, q.Text, index);
            if (finding is not null)
            {
                findings.Add(finding with { Message = $"{where}: {finding.Message}" });
            }
            else
            {
                located.Add(quote!);
            }
        }
        return located;
    }

    /// <summary>The records behind the quotes, first appearance first, capped.</summary>
    public static List<EvidenceRecord> Records(
        IEnumerable<EvidenceQuote> quotes,
        IReadOnlyDictionary<string, EvidenceRecord> index,
        int max
    ) =>
        [
            .. quotes
                .Select(q => q.EvidenceId)
                .Distinct(StringComparer.Ordinal)
                .Select(id => index.GetValueOrDefault(id))
                .OfType<EvidenceRecord>()
                .Take(max),
        ];
}
