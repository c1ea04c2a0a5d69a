using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Validation;

/// <summary>
/// Checks that quotes are grounded: the cited evidence exists and the quoted text is exactly the span it
/// claims to be. Offsets are recomputed, never trusted.
/// </summary>
public static class GroundingCheck
{
    public const string Name = "grounding";

    public static IReadOnlyList<Finding> Check(
        IEnumerable<EvidenceQuote> quotes,
        IReadOnlyDictionary<string, EvidenceRecord> evidence
    )
    {
        var findings = new List<Finding>();
        foreach (var q in quotes)
        {
            if (!evidence.TryGetValue(q.EvidenceId, out var record))
            {
                findings.Add(new Finding(Name, $"quote cites evidence '{q.EvidenceId}', which does not exist"));
            }
            else if (q.Start < 0 || q.End > record.Text.Length || q.Start >= q.End)
            {
                findings.Add(
                    new Finding(
                        Name,
                        $"quote span [{q.Start}, {q.End}) is outside evidence '{q.EvidenceId}' "
                            + $"({record.Text.Length} characters)"
                    )
                );
            }
            else if (!string.Equals(record.Text[q.Start..q.End], q.Text, StringComparison.Ordinal))
            {
                findings.Add(
                    new Finding(
                        Name,
                        $"quote \"{Shorten(q.Text)}\" is not the text at [{q.Start}, {q.End}) "
                            + $"of evidence '{q.EvidenceId}'"
                    )
                );
            }
        }
        return findings;
    }

    /// <summary>An index of records by evidence id (the first wins if ids repeat).</summary>
    public static IReadOnlyDictionary<string, EvidenceRecord> Index(IEnumerable<EvidenceRecord> records)
    {
        var index = new Dictionary<string, EvidenceRecord>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            index.TryAdd(r.Id, r);
        }
        return index;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
