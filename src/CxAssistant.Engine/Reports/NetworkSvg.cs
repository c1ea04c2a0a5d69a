using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Engine.Reports;

/// <summary>
/// Draws the touchpoint network as a standalone SVG with no scripts or external assets: one column per
/// journey stage (left to right), circles sized by mentions and coloured by emotional impact, edges weighted by
/// customers (timelines) or items (co-mention). Labels are XML-encoded.
/// </summary>
public static class NetworkSvg
{
    private const int ColumnWidth = 190, Left = 100;
    private static readonly NetworkLayout.Geometry Geometry = new(ColumnWidth, RowHeight: 110, Top: 70, Left, Stagger: 30, MinRadius: 12, RadiusSpan: 28, RightPadding: 60);

    public static string Render(AnalysisResult analysis)
    {
        var layout = NetworkLayout.Compute(analysis, Geometry);
        var (stages, positions, width, height) = (layout.Stages, layout.Nodes, layout.Width, layout.Height);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Touchpoint map\" font-family=\"sans-serif\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>");
        for (var i = 0; i < stages.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + i * ColumnWidth}\" y=\"24\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#555\">{stages[i].ToString().ToLowerInvariant()}</text>");
        var maxWeight = Math.Max(1, analysis.Scoring.Network.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        foreach (var edge in analysis.Scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MermaidMap.MaxEdges))
        {
            if (!positions.TryGetValue(edge.From, out var a) || !positions.TryGetValue(edge.To, out var b)) continue;
            var (x1, y1, x2, y2) = NetworkLayout.Shorten(a, b, gap: 2);
            var stroke = 1 + 5.0 * edge.Weight / maxWeight;
            var marker = edge.Kind == EdgeKind.Sequence ? " marker-end=\"url(#arrow)\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#999\" stroke-opacity=\"0.6\" stroke-width=\"{stroke:F1}\"{marker}><title>{edge.Weight}</title></line>");
        }
        var critical = analysis.Scoring.Network.CriticalMoments.Select(c => c.TouchpointId).ToHashSet(StringComparer.Ordinal);
        foreach (var s in analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0))
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
}
