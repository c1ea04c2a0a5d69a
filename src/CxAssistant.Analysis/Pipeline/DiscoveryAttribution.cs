using CxAssistant.Analysis.Text;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// Adds discovered touchpoints to the annotations of the evidence they were discovered in, with the span of
/// the first theme term found in the text, so discovered touchpoints are scored like catalog ones. A theme is
/// the primary touchpoint only of records no catalog touchpoint matched.
/// </summary>
internal static class DiscoveryAttribution
{
    public static void Apply(
        IReadOnlyList<EvidenceRecord> records,
        Annotation[] annotations,
        IReadOnlyList<DiscoveredTouchpoint> discovered
    )
    {
        var index = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            index.TryAdd(records[i].Id, i);
        }
        foreach (var theme in discovered)
        {
            foreach (var evidenceId in theme.EvidenceIds)
            {
                if (!index.TryGetValue(evidenceId, out var i))
                {
                    continue;
                }
                var a = annotations[i];
                if (a.Touchpoints.Any(t => t.TouchpointId == theme.Touchpoint.Id))
                {
                    continue;
                }
                var (start, end) = FindTerm(records[i].Text, theme.Terms);
                var mention = new TouchpointMention(theme.Touchpoint.Id, 0.5, start, end);
                // Catalog touchpoints keep their place (annotations.csv's primary stays a catalog id whenever one
                // matched,
                // even weakly); the theme is primary only where nothing in the catalog matched.
                annotations[i] = a with
                {
                    Touchpoints = [.. a.Touchpoints, mention],
                    Cues = [.. a.Cues, new Cue(CueLabels.Touchpoint + theme.Touchpoint.Id, start, end)],
                };
            }
        }
    }

    private static (int Start, int End) FindTerm(string text, IReadOnlyList<string> terms)
    {
        var tokens = WordTokenizer.Tokenize(text);
        foreach (var term in terms)
        {
            var first = term.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (first is null)
            {
                continue;
            }
            foreach (var t in tokens)
            {
                if (t.Value.StartsWith(first, StringComparison.Ordinal))
                {
                    return (t.Start, t.End);
                }
            }
        }
        return (0, Math.Min(text.Length, 1));
    }
}
