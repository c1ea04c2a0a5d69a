using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Reports;

/// <summary>
/// Renders the touchpoint network as a Mermaid flowchart (GitHub renders it inline). Labels come from
/// catalogs and discovered themes, so they are reduced to a safe character set; node ids are generated.
/// </summary>
public static class MermaidMap
{
    public const int MaxEdges = 40;

    public static string Render(AnalysisResult analysis)
    {
        var scoring = analysis.Scoring;
        var sb = new StringBuilder();
        sb.AppendLine("```mermaid");
        sb.AppendLine("flowchart LR");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var critical = scoring.Network.CriticalMoments.Select(c => c.TouchpointId).ToHashSet(StringComparer.Ordinal);
        foreach (var score in scoring.Touchpoints.Where(t => t.Mentions > 0))
        {
            var node = "t" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            ids[score.TouchpointId] = node;
            var name = SafeLabel(analysis.Catalog.Find(score.TouchpointId)?.Name ?? score.TouchpointId);
            var label = $"{name}<br/>{score.Mentions} mentions · {MarkdownText.Signed(score.EmotionalImpact.Value, 2)}";
            sb.Append("  ")
                .Append(node)
                .Append(critical.Contains(score.TouchpointId) ? "{{\"" : "[\"")
                .Append(label)
                .AppendLine(critical.Contains(score.TouchpointId) ? "\"}}" : "\"]");
        }
        foreach (var edge in scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MaxEdges))
        {
            if (!ids.TryGetValue(edge.From, out var from) || !ids.TryGetValue(edge.To, out var to))
            {
                continue;
            }
            var arrow = edge.Kind == EdgeKind.Sequence ? "-->" : "---";
            sb.Append("  ")
                .Append(from)
                .Append(' ')
                .Append(arrow)
                .Append("|")
                .Append(edge.Weight)
                .Append("| ")
                .AppendLine(to);
        }
        foreach (var score in scoring.Touchpoints.Where(t => ids.ContainsKey(t.TouchpointId)))
        {
            sb.Append("  style ")
                .Append(ids[score.TouchpointId])
                .Append(" fill:")
                .AppendLine(Colour(score.EmotionalImpact.Value));
        }
        sb.AppendLine("```");
        return sb.ToString();
    }

    /// <summary>Red for negative, grey for neutral, green for positive emotional impact.</summary>
    public static string Colour(double emotionalImpact) =>
        emotionalImpact switch
        {
            <= -0.5 => "#f4a6a6",
            <= -0.15 => "#f9d3b4",
            < 0.15 => "#e8e8e8",
            < 0.5 => "#cdeccd",
            _ => "#9fd89f",
        };

    private static string SafeLabel(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(char.IsLetterOrDigit(ch) || ch is ' ' or '-' or '&' or ',' or '/' or '\'' ? ch : ' ');
        }
        return sb.ToString().Replace("&", "and", StringComparison.Ordinal).Trim();
    }
}
