using System.Globalization;
using System.Text;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Charts;

/// <summary>
/// The priority matrix: emotional impact (−1 … +1, left = painful) across, business impact (0 … 1) up, bubble area by
/// mentions. The top-left quadrant is "fix first". Axes zoom to the data (real touchpoints cluster near the middle) and
/// only the highest-priority touchpoints are labelled so labels do not pile up; every bubble has a tooltip and a link.
/// </summary>
public static class PriorityMatrixSvg
{
    private const int W = 640,
        H = 420,
        Pad = 50,
        Labelled = 8;

    public static string Render(AnalysisView view, string ws)
    {
        var scores = view.Result.Scoring.Touchpoints.Where(t => t.Mentions > 0).ToList();
        var maxMentions = Math.Max(1, scores.Select(s => s.Mentions).DefaultIfEmpty(1).Max());
        var x0 = Math.Max(
            -1,
            Math.Min(-0.2, scores.Select(s => s.EmotionalImpact.Value).DefaultIfEmpty(0).Min() - 0.1)
        );
        var x1 = Math.Min(1, Math.Max(0.2, scores.Select(s => s.EmotionalImpact.Value).DefaultIfEmpty(0).Max() + 0.1));
        var y0 = Math.Max(0, Math.Min(0.4, scores.Select(s => s.BusinessImpact.Value).DefaultIfEmpty(0.5).Min() - 0.1));
        var y1 = Math.Min(1, Math.Max(0.6, scores.Select(s => s.BusinessImpact.Value).DefaultIfEmpty(0.5).Max() + 0.1));
        double X(double impact) => Pad + (impact - x0) / (x1 - x0) * (W - 2 * Pad);
        double Y(double business) => H - Pad - (business - y0) / (y1 - y0) * (H - 2 * Pad);
        var labelled = scores
            .OrderByDescending(s => s.Priority)
            .Take(Labelled)
            .Select(s => s.TouchpointId)
            .ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 "
                + $"0 {W} {H}\" role=\"img\" aria-label=\"Priority matrix\" "
                + $"font-family=\"sans-serif\" font-size=\"11\">"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<rect x=\"{Pad}\" y=\"{Pad}\" width=\"{X(0) - Pad:F0}\" height=\"{Y(0.5) - Pad:F0}\" fill=\"#fdecea\"/>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"{Pad + 6}\" y=\"{Pad + 16}\" fill=\"#8d1c1c\">fix first</text>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<rect x=\"{Pad}\" y=\"{Pad}\" width=\"{W - 2 * Pad}\" "
                + $"height=\"{H - 2 * Pad}\" fill=\"none\" stroke=\"#d9dde5\"/>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<line x1=\"{X(0):F0}\" y1=\"{Pad}\" x2=\"{X(0):F0}\" y2=\"{H - Pad}\" "
                + $"stroke=\"#d9dde5\"/><line x1=\"{Pad}\" y1=\"{Y(0.5):F0}\" "
                + $"x2=\"{W - Pad}\" y2=\"{Y(0.5):F0}\" stroke=\"#d9dde5\"/>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"{W / 2}\" y=\"{H - 12}\" text-anchor=\"middle\" "
                + $"fill=\"#5b6475\">emotional impact (negative ← → positive)</text>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"14\" y=\"{H / 2}\" text-anchor=\"middle\" fill=\"#5b6475\" "
                + $"transform=\"rotate(-90 14 {H / 2})\">business impact</text>"
        );
        foreach (var s in scores.OrderByDescending(s => s.Mentions))
        {
            var x = X(Math.Clamp(s.EmotionalImpact.Value, -1, 1));
            var y = Y(Math.Clamp(s.BusinessImpact.Value, 0, 1));
            var r = 5 + 22 * Math.Sqrt((double)s.Mentions / maxMentions);
            var name = Svg.Text(view.Name(s.TouchpointId));
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<a href=\"/w/{ws}/touchpoints/{Svg.Text(s.TouchpointId)}\" aria-label=\"{name}\">"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<title>{name}: emotional "
                    + $"{DisplayFormat.Signed(s.EmotionalImpact.Value)}, business "
                    + $"{DisplayFormat.Num(s.BusinessImpact.Value, "0.00")}, {s.Mentions} "
                    + $"mentions</title>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" "
                    + $"fill=\"{DisplayFormat.Colour(s.EmotionalImpact.Value)}\" "
                    + $"fill-opacity=\"0.75\" stroke=\"#fff\"/>"
            );
            if (labelled.Contains(s.TouchpointId))
            {
                sb.Append(
                    CultureInfo.InvariantCulture,
                    $"<text x=\"{x:F1}\" y=\"{y - r - 3:F1}\" text-anchor=\"middle\" "
                        + $"fill=\"#1d2330\">{Svg.Text(Svg.Short(view.Name(s.TouchpointId), 20))}</text>"
                );
            }
            sb.Append("</a>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
