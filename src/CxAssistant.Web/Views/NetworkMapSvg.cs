using System.Globalization;
using System.Text;
using CxAssistant.Core.Scoring;
using CxAssistant.Reports;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Views;

/// <summary>
/// The interactive touchpoint network: one column per journey stage, node area by mentions, fill by emotional impact,
/// red ring on critical moments, arrows for customer transitions (lines for co-mention). Every node is a link to its
/// touchpoint page; app.js highlights a node's edges on hover or focus.
/// </summary>
public static class NetworkMapSvg
{
    private const int ColumnWidth = 170, Left = 90, MaxEdges = 60;
    private static readonly NetworkLayout.Geometry Geometry = new(ColumnWidth, RowHeight: 100, Top: 60, Left, Stagger: 26, MinRadius: 10, RadiusSpan: 26, RightPadding: 40);

    public static string Render(AnalysisView view, string ws)
    {
        var scoring = view.Result.Scoring;
        var layout = NetworkLayout.Compute(view.Result, Geometry);
        var (stages, at, width, height) = (layout.Stages, layout.Nodes, layout.Width, layout.Height);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" data-map xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Touchpoint network\" font-family=\"sans-serif\">");
        sb.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#7a8394\"/></marker></defs>");
        for (var i = 0; i < stages.Count; i++)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + i * ColumnWidth}\" y=\"22\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\" fill=\"#5b6475\">{stages[i].ToString().ToLowerInvariant()}</text>");
        var edges = scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MaxEdges).ToList();
        var maxWeight = Math.Max(1, edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        foreach (var e in edges)
        {
            if (!at.TryGetValue(e.From, out var a) || !at.TryGetValue(e.To, out var b)) continue;
            var (x1, y1, x2, y2) = NetworkLayout.Shorten(a, b, gap: 3);
            var marker = e.Kind == EdgeKind.Sequence ? " marker-end=\"url(#arrow)\"" : "";
            var what = e.Kind == EdgeKind.Sequence ? "customers went on from" : "items mention together";
            sb.Append(CultureInfo.InvariantCulture,
                $"<line class=\"edge\" data-from=\"{Svg.Text(e.From)}\" data-to=\"{Svg.Text(e.To)}\" x1=\"{x1:F1}\" y1=\"{y1:F1}\" x2=\"{x2:F1}\" y2=\"{y2:F1}\" stroke=\"#7a8394\" stroke-opacity=\"0.5\" stroke-width=\"{1 + 5.0 * e.Weight / maxWeight:F1}\"{marker}>");
            sb.Append(CultureInfo.InvariantCulture, $"<title>{e.Weight} {what} {Svg.Text(view.Name(e.From))} → {Svg.Text(view.Name(e.To))}</title></line>");
        }
        var critical = scoring.Network.CriticalMoments.Select(c => c.TouchpointId).ToHashSet(StringComparer.Ordinal);
        foreach (var s in scoring.Touchpoints.Where(t => t.Mentions > 0))
        {
            var (x, y, r) = at[s.TouchpointId];
            var name = Svg.Text(view.Name(s.TouchpointId));
            var ring = critical.Contains(s.TouchpointId) ? "stroke=\"#b00020\" stroke-width=\"3\"" : "stroke=\"#ffffff\" stroke-width=\"1.5\"";
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/w/{ws}/touchpoints/{Svg.Text(s.TouchpointId)}\" data-node=\"{Svg.Text(s.TouchpointId)}\" aria-label=\"{name}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<title>{name}: {s.Mentions} mentions, emotional impact {Fmt.Signed(s.EmotionalImpact.Value)} ({Svg.Text(s.EmotionalImpact.Level)}), priority {Fmt.Num(s.Priority, "0")}</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{Fmt.Colour(s.EmotionalImpact.Value)}\" {ring}/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + 4:F1}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#fff\" font-weight=\"bold\">{s.Mentions}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y + r + 14:F1}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1d2330\">{Svg.Text(Svg.Short(view.Name(s.TouchpointId), 24))}</text></a>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
