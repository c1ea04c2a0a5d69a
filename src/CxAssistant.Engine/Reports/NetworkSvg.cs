using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Engine.Reports;

/// <summary>
/// Draws the touchpoint network as a standalone SVG with no scripts or external assets: one column per
/// journey stage (left to right), circles sized by mentions and coloured by emotional impact, edges weighted by
/// customers (timelines) or items (co-mention). Labels are XML-encoded.
/// </summary>
public static class NetworkSvg
{
    private const int ColumnWidth = 190, RowHeight = 110, Top = 70, Left = 100;

    public static string Render(AnalysisResult analysis)
    {
        var scores = analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0).ToList();
        var maxMentions = Math.Max(1, scores.Select(s => s.Mentions).DefaultIfEmpty(1).Max());
        var stages = scores.Select(s => Stage(analysis, s.TouchpointId)).Distinct().Order().ToList();
        var positions = new Dictionary<string, (double X, double Y, double R)>(StringComparer.Ordinal);
        var rows = 1;
        foreach (var group in scores.GroupBy(s => Stage(analysis, s.TouchpointId)))
        {
            var column = stages.IndexOf(group.Key);
            var row = 0;
            foreach (var s in group.OrderByDescending(s => s.Mentions).ThenBy(s => s.TouchpointId, StringComparer.Ordinal))
            {
                var r = 12 + 28 * Math.Sqrt((double)s.Mentions / maxMentions);
                positions[s.TouchpointId] = (Left + column * ColumnWidth + (row % 2) * 30, Top + row * RowHeight, r);
                row++;
            }
            rows = Math.Max(rows, row);
        }
        var width = Left * 2 + Math.Max(0, stages.Count - 1) * ColumnWidth + 60;
        var height = Top + rows * RowHeight;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Touchpoint map\" font-family=\"sans-serif\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>");
        for (var i = 0; i < stages.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + i * ColumnWidth}\" y=\"24\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#555\">{stages[i].ToString().ToLowerInvariant()}</text>");
        var maxWeight = Math.Max(1, analysis.Scoring.Network.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        foreach (var edge in analysis.Scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MermaidMap.MaxEdges))
        {
            if (!positions.TryGetValue(edge.From, out var a) || !positions.TryGetValue(edge.To, out var b)) continue;
            var (x1, y1, x2, y2) = Shorten(a, b);
            var stroke = 1 + 5.0 * edge.Weight / maxWeight;
            var marker = edge.Kind == EdgeKind.Sequence ? " marker-end=\"url(#arrow)\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#999\" stroke-opacity=\"0.6\" stroke-width=\"{stroke:F1}\"{marker}><title>{edge.Weight}</title></line>");
        }
        var critical = analysis.Scoring.Network.CriticalMoments.Select(c => c.TouchpointId).ToHashSet(StringComparer.Ordinal);
        foreach (var s in scores)
        {
            var (x, y, r) = positions[s.TouchpointId];
            var name = WebUtility.HtmlEncode(analysis.Catalog.Find(s.TouchpointId)?.Name ?? s.TouchpointId);
            var ring = critical.Contains(s.TouchpointId) ? " stroke=\"#b00020\" stroke-width=\"3\"" : " stroke=\"#666\"";
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{name}: {s.Mentions} mentions, emotional impact {s.EmotionalImpact.Value:+0.00;-0.00;0.00}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{MermaidMap.Colour(s.EmotionalImpact.Value)}\"{ring}/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + r + 14:F1}\" text-anchor=\"middle\" font-size=\"12\">{name}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + 4:F1}\" text-anchor=\"middle\" font-size=\"11\">{s.Mentions}</text></g>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static JourneyStage Stage(AnalysisResult analysis, string id) => analysis.Catalog.Find(id)?.Stage ?? JourneyStage.Usage;

    private static (double, double, double, double) Shorten((double X, double Y, double R) a, (double X, double Y, double R) b)
    {
        var dx = b.X - a.X; var dy = b.Y - a.Y;
        var len = Math.Max(1e-6, Math.Sqrt(dx * dx + dy * dy));
        return (a.X + dx / len * a.R, a.Y + dy / len * a.R, b.X - dx / len * (b.R + 2), b.Y - dy / len * (b.R + 2));
    }
}
