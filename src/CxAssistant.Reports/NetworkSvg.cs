using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using CxAssistant.Reports.Charts;

namespace CxAssistant.Reports;

/// <summary>
/// Draws the touchpoint network as SVG with no scripts or external assets, for the report set and the web map alike
/// (<see cref="NetworkSvgOptions"/>): one column per journey stage (left to right), circles sized by mentions and
/// coloured by emotional impact, edges weighted by customers (timelines) or items (co-mention). Names are placed where
/// they cover no other name or circle (<see cref="LabelPlacer"/>) and edges bend around circles and names
/// (<see cref="EdgeRouter"/>). Every text is XML-encoded.
/// </summary>
public static class NetworkSvg
{
    private const int NameSize = 12;

    // Columns are at least this wide, and wider when a name is: two names in neighbouring columns never meet. The top
    // row sits low enough for an edge between two of its circles to bend over the others, under the stage headings.
    private static readonly NetworkLayout.Geometry Base = new(
        ColumnWidth: 190,
        RowHeight: 110,
        Top: 116,
        Left: 100,
        Stagger: 30,
        MinRadius: 12,
        RadiusSpan: 28,
        RightPadding: 60
    );

    public static string Render(AnalysisResult analysis, NetworkSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= NetworkSvgOptions.File;
        string Name(string id) => analysis.Catalog.Find(id)?.Name ?? id;
        var scores = analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0).ToList();
        var widest = scores.Select(s => ChartBox.TextWidth(Name(s.TouchpointId), NameSize)).DefaultIfEmpty(0).Max();
        var geometry = Base with
        {
            ColumnWidth = Math.Max(Base.ColumnWidth, (int)Math.Ceiling(widest + Base.Stagger + 16)),
            Left = Math.Max(Base.Left, (int)Math.Ceiling(widest / 2 + 8)),
        };
        var layout = NetworkLayout.Compute(analysis, geometry);
        var index = scores
            .Select((s, i) => (s.TouchpointId, i))
            .ToDictionary(p => p.TouchpointId, p => p.i, StringComparer.Ordinal);
        var circles = scores.Select(s => layout.Nodes[s.TouchpointId]).ToList();

        var labels = PlaceNames(layout, geometry, [.. scores.Select(s => Name(s.TouchpointId))], circles);
        var width = (int)Math.Ceiling(Math.Max(layout.Width, labels.Max(l => (double?)l.Box.Right + 8) ?? 0));
        // Room under the lowest names for an edge to bend around the bottom row.
        var mapHeight =
            (int)Math.Ceiling(Math.Max(layout.Height, labels.Max(l => (double?)l.Box.Bottom + 10) ?? 0)) + 30;
        var critical = analysis
            .Scoring.Network.CriticalMoments.Select(c => c.TouchpointId)
            .ToHashSet(StringComparer.Ordinal);
        var edges = analysis.Scoring.Network.Edges.OrderByDescending(e => e.Weight).Take(MermaidMap.MaxEdges).ToList();
        var legend = NetworkLegend.Render(
            width,
            mapHeight,
            critical.Count > 0,
            edges.Any(e => e.Kind == EdgeKind.Sequence),
            edges.Any(e => e.Kind != EdgeKind.Sequence),
            out var height
        );

        var sb = new StringBuilder();
        var size = options.Interactive ? " class=\"chart\" data-map" : $" width=\"{width}\" height=\"{height}\"";
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} "
                + $"{height}\"{size} role=\"img\" aria-label=\"Touchpoint map\" "
                + $"font-family=\"sans-serif\">"
        );
        sb.Append(
            "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
                + "refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" "
                + "markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L "
                + "10 5 L 0 10 z\" fill=\"#888\"/></marker></defs>"
        );
        for (var i = 0; i < layout.Stages.Count; i++)
        {
            var x = geometry.Left + i * geometry.ColumnWidth;
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"24\" text-anchor=\"middle\" font-size=\"13\" "
                    + $"font-weight=\"bold\" "
                    + $"fill=\"#555\">{layout.Stages[i].ToString().ToLowerInvariant()}</text>"
            );
            // The stage's outcome under its name (one metric for every stage; the report's table has the bands).
            if (analysis.Stages.FirstOrDefault(s => s.Stage == layout.Stages[i]) is { } outcome)
            {
                sb.Append(
                    CultureInfo.InvariantCulture,
                    $"<text class=\"stage-outcome\" x=\"{x}\" y=\"40\" "
                        + $"text-anchor=\"middle\" font-size=\"11\" "
                        + $"fill=\"#555\">{Encode(StageOutcomesSection.Short(outcome))}</text>"
                );
            }
        }

        var router = new EdgeRouter(circles, [.. labels.Select(l => l.Box)], new ChartBox(4, 48, width - 4, mapHeight));
        var maxWeight = Math.Max(1, analysis.Scoring.Network.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max());
        foreach (var edge in edges)
        {
            if (!index.TryGetValue(edge.From, out var from) || !index.TryGetValue(edge.To, out var to))
            {
                continue;
            }
            var path = router.Route(from, to, headGap: 2);
            var stroke = 1 + 5.0 * edge.Weight / maxWeight;
            var marker = edge.Kind == EdgeKind.Sequence ? " marker-end=\"url(#arrow)\"" : "";
            var what = edge.Kind == EdgeKind.Sequence ? "customers went on from" : "items mention together";
            var data = options.Interactive
                ? $" class=\"edge\" data-from=\"{Encode(edge.From)}\" data-to=\"{Encode(edge.To)}\""
                : "";
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<path{data} d=\"{path}\" fill=\"none\" stroke=\"#999\" "
                    + $"stroke-opacity=\"0.6\" stroke-width=\"{stroke:F1}\"{marker}>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<title>{edge.Weight} {what} {Encode(Name(edge.From))} → {Encode(Name(edge.To))}</title></path>"
            );
        }
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            var (x, y, r) = circles[i];
            var name = Encode(Name(s.TouchpointId));
            var ring = critical.Contains(s.TouchpointId)
                ? " stroke=\"#b00020\" stroke-width=\"3\""
                : " stroke=\"#666\"";
            var link = options.NodeLink is { } href
                ? $"<a href=\"{Encode(href(s.TouchpointId))}\" "
                    + $"data-node=\"{Encode(s.TouchpointId)}\" aria-label=\"{name}\">"
                : "<g>";
            sb.Append(link)
                .Append(
                    CultureInfo.InvariantCulture,
                    $"<title>{name}: {s.Mentions} mentions, emotional impact "
                        + $"{s.EmotionalImpact.Value:+0.00;-0.00;0.00} "
                        + $"({Encode(s.EmotionalImpact.Level)}), priority {s.Priority:0}</title>"
                );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" "
                    + $"fill=\"{MermaidMap.Colour(s.EmotionalImpact.Value)}\"{ring}/>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x:F1}\" y=\"{y + 4:F1}\" text-anchor=\"middle\" font-size=\"11\">{s.Mentions}</text>"
            );
            // A white halo keeps the name readable where an edge passes behind it.
            var (lx, ly, anchor) = labels[i].At;
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{lx:F1}\" y=\"{ly:F1}\" text-anchor=\"{anchor}\" "
                    + $"font-size=\"{NameSize}\"{Halo}>{name}</text>"
            );
            sb.Append(options.NodeLink is null ? "</g>" : "</a>");
        }
        sb.Append(legend).Append("</svg>");
        return sb.ToString();
    }

    private const string Halo = " stroke=\"#fff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Each node's name: below it if that is free, else above, beside, or below shifted sideways.</summary>
    private static List<((double X, double Y, string Anchor) At, ChartBox Box)> PlaceNames(
        NetworkLayout layout,
        NetworkLayout.Geometry geometry,
        List<string> names,
        List<(double X, double Y, double R)> circles
    )
    {
        var placer = new LabelPlacer(new ChartBox(2, 30, layout.Width + geometry.ColumnWidth / 2.0, double.MaxValue));
        foreach (var (x, y, r) in circles)
        {
            placer.AddMark(x, y, r);
        }
        var placed = new List<((double, double, string), ChartBox)>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var (x, y, r) = circles[i];
            (double X, double Y, string Anchor)[] at =
            [
                (x, y + r + 14, "middle"),
                (x, y - r - 6, "middle"),
                (x + r + 5, y + 4, "start"),
                (x - r - 5, y + 4, "end"),
                (x - r, y + r + 14, "start"),
                (x + r, y + r + 14, "end"),
                (x, y + r + 28, "middle"),
            ];
            var (chosen, box) = placer.Place(
                [.. at.Select(a => ChartBox.OfText(names[i], a.X, a.Y, NameSize, a.Anchor))],
                ownMark: i
            );
            placed.Add((at[chosen], box));
        }
        return placed;
    }
}
