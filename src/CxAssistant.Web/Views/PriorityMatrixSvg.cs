using System.Globalization;
using System.Text;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Views;

/// <summary>
/// The priority matrix: emotional impact (−1 … +1, left = painful) across, business impact (0 … 1) up, bubble area by
/// mentions. The top-left quadrant is "fix first". Bubbles link to the touchpoint page.
/// </summary>
public static class PriorityMatrixSvg
{
    private const int W = 640, H = 420, Pad = 50;

    public static string Render(AnalysisView view, string ws)
    {
        var scores = view.Result.Scoring.Touchpoints.Where(t => t.Mentions > 0).ToList();
        var maxMentions = Math.Max(1, scores.Select(s => s.Mentions).DefaultIfEmpty(1).Max());
        double X(double impact) => Pad + (impact + 1) / 2 * (W - 2 * Pad);
        double Y(double business) => H - Pad - business * (H - 2 * Pad);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"Priority matrix\" font-family=\"sans-serif\" font-size=\"12\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Pad}\" y=\"{Pad}\" width=\"{(W - 2 * Pad) / 2}\" height=\"{(H - 2 * Pad) / 2}\" fill=\"#fdecea\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Pad + 6}\" y=\"{Pad + 16}\" fill=\"#8d1c1c\">fix first</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Pad}\" y=\"{Pad}\" width=\"{W - 2 * Pad}\" height=\"{H - 2 * Pad}\" fill=\"none\" stroke=\"#d9dde5\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0):F0}\" y1=\"{Pad}\" x2=\"{X(0):F0}\" y2=\"{H - Pad}\" stroke=\"#d9dde5\"/><line x1=\"{Pad}\" y1=\"{Y(0.5):F0}\" x2=\"{W - Pad}\" y2=\"{Y(0.5):F0}\" stroke=\"#d9dde5\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{W / 2}\" y=\"{H - 12}\" text-anchor=\"middle\" fill=\"#5b6475\">emotional impact (negative ← → positive)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{H / 2}\" text-anchor=\"middle\" fill=\"#5b6475\" transform=\"rotate(-90 14 {H / 2})\">business impact</text>");
        foreach (var s in scores.OrderByDescending(s => s.Mentions))
        {
            var x = X(Math.Clamp(s.EmotionalImpact.Value, -1, 1));
            var y = Y(Math.Clamp(s.BusinessImpact.Value, 0, 1));
            var r = 5 + 22 * Math.Sqrt((double)s.Mentions / maxMentions);
            var name = Svg.Text(view.Name(s.TouchpointId));
            sb.Append(CultureInfo.InvariantCulture, $"<a href=\"/w/{ws}/touchpoints/{Svg.Text(s.TouchpointId)}\" aria-label=\"{name}\">");
            sb.Append(CultureInfo.InvariantCulture, $"<title>{name}: emotional {Fmt.Signed(s.EmotionalImpact.Value)}, business {Fmt.Num(s.BusinessImpact.Value, "0.00")}, {s.Mentions} mentions</title>");
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"{r:F1}\" fill=\"{Fmt.Colour(s.EmotionalImpact.Value)}\" fill-opacity=\"0.75\" stroke=\"#fff\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:F1}\" y=\"{y - r - 3:F1}\" text-anchor=\"middle\" fill=\"#1d2330\">{Svg.Text(Svg.Short(view.Name(s.TouchpointId), 20))}</text></a>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
