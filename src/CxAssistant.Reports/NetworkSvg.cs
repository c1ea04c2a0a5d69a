using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;

namespace CxAssistant.Reports;

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
        var (stages, positions, width) = (layout.Stages, layout.Nodes, layout.Width);
        var critical = analysis.Scoring.Network.CriticalMoments.Select(c => c.TouchpointId).ToHashSet(StringComparer.Ordinal);
        var edges = analysis.Scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MermaidMap.MaxEdges).ToList();
        var legend = Legend(width, layout.Height, critical.Count > 0, edges.Any(e => e.Kind == EdgeKind.Sequence), edges.Any(e => e.Kind != EdgeKind.Sequence), out var height);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"Touchpoint map\" font-family=\"sans-serif\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>");
        for (var i = 0; i < stages.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + i * ColumnWidth}\" y=\"24\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#555\">{stages[i].ToString().ToLowerInvariant()}</text>");
        var maxWeight = Math.Max(1, analysis.Scoring.Network.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        foreach (var edge in edges)
        {
            if (!positions.TryGetValue(edge.From, out var a) || !positions.TryGetValue(edge.To, out var b)) continue;
            var (x1, y1, x2, y2) = NetworkLayout.Shorten(a, b, gap: 2);
            var stroke = 1 + 5.0 * edge.Weight / maxWeight;
            var marker = edge.Kind == EdgeKind.Sequence ? " marker-end=\"url(#arrow)\"" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#999\" stroke-opacity=\"0.6\" stroke-width=\"{stroke:F1}\"{marker}><title>{edge.Weight}</title></line>");
        }
        foreach (var s in analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0))
        {
            var (x, y, r) = positions[s.TouchpointId];
            var name = WebUtility.HtmlEncode(analysis.Catalog.Find(s.TouchpointId)?.Name ?? s.TouchpointId);
            var ring = critical.Contains(s.TouchpointId) ? " stroke=\"#b00020\" stroke-width=\"3\"" : " stroke=\"#666\"";
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{name}: {s.Mentions} mentions, emotional impact {s.EmotionalImpact.Value:+0.00;-0.00;0.00}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{MermaidMap.Colour(s.EmotionalImpact.Value)}\"{ring}/>");
            // A white halo keeps the name readable where an edge passes behind it.
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + r + 14:F1}\" text-anchor=\"middle\" font-size=\"12\"{Halo}>{name}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + 4:F1}\" text-anchor=\"middle\" font-size=\"11\">{s.Mentions}</text></g>");
        }
        sb.Append(legend).Append("</svg>");
        return sb.ToString();
    }

    private const string Halo = " stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

    /// <summary>
    /// The key under the map, so the file explains itself when opened on its own: what size, fill, ring and arrows mean.
    /// Items wrap onto a new row when the map is narrow; <paramref name="height"/> is the map's height with the key.
    /// </summary>
    private static string Legend(int width, int mapHeight, bool critical, bool sequence, bool coMention, out int height)
    {
        var items = new List<(int Width, Func<double, double, string> Draw)>
        {
            Item("circle size = mentions", (x, y) => Circle(x + 6, y, 6, "#e8e8e8", " stroke=\"#666\"")),
            Item("negative", (x, y) => Circle(x + 6, y, 6, MermaidMap.Colour(-0.6), " stroke=\"#666\"")),
            Item("neutral", (x, y) => Circle(x + 6, y, 6, MermaidMap.Colour(0), " stroke=\"#666\"")),
            Item("positive emotional impact", (x, y) => Circle(x + 6, y, 6, MermaidMap.Colour(0.6), " stroke=\"#666\"")),
        };
        if (critical) items.Add(Item("critical moment", (x, y) => Circle(x + 6, y, 6, "#fff", " stroke=\"#b00020\" stroke-width=\"3\"")));
        if (sequence) items.Add(Item("customers moving on (thicker = more)", (x, y) => Line(x, y, x + 14, y, " marker-end=\"url(#arrow)\"")));
        if (coMention) items.Add(Item("mentioned together", (x, y) => Line(x, y, x + 14, y, "")));
        var sb = new StringBuilder("<g class=\"legend\" font-size=\"11\" fill=\"#444\">");
        double cx = 12, cy = mapHeight + 14;
        foreach (var (itemWidth, draw) in items)
        {
            if (cx > 12 && cx + itemWidth > width - 12) (cx, cy) = (12, cy + 20);
            sb.Append(draw(cx, cy));
            cx += itemWidth + 14;
        }
        height = (int)cy + 14;
        return sb.Append("</g>").ToString();

        // Symbol (14 px), gap, then the text at about 6 px a character.
        static (int, Func<double, double, string>) Item(string text, Func<double, double, string> symbol) =>
            (20 + text.Length * 6, (x, y) => symbol(x, y) + string.Create(CultureInfo.InvariantCulture, $"<text x=\"{x + 20:F1}\" y=\"{y + 4:F1}\">{text}</text>"));
        static string Circle(double x, double y, double r, string fill, string ring) =>
            string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{fill}\"{ring}/>");
        static string Line(double x1, double y1, double x2, double y2, string marker) =>
            string.Create(CultureInfo.InvariantCulture, $"<line x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#999\" stroke-width=\"2\"{marker}/>");
    }
}
