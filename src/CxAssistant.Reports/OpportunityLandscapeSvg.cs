using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Reports;

/// <summary>
/// The opportunity landscape as a standalone SVG (no scripts, no external assets): satisfaction on x, importance on y
/// (both 1–10), the diagonal where satisfaction equals importance, and the opportunity bands shaded — over-served below
/// the diagonal, then appropriately served, solid, high and extreme towards the top-left. Measured outcomes are filled
/// points, estimated outcomes hollow; every label is XML-encoded.
/// </summary>
public static class OpportunityLandscapeSvg
{
    private const double Left = 70, Top = 40, Size = 440, LabelWidth = 330;
    private const int MaxLabel = 48;

    private static readonly (OpportunityBand Band, double Low, double High, string Colour)[] Bands =
    [
        (OpportunityBand.AppropriatelyServed, double.NegativeInfinity, 10, "#eef3f7"),
        (OpportunityBand.Solid, 10, 12, "#fff4d6"),
        (OpportunityBand.High, 12, 15, "#ffe0c2"),
        (OpportunityBand.Extreme, 15, double.PositiveInfinity, "#ffc9c9"),
    ];

    public static string Render(JobsAnalysis jobs)
    {
        var width = Left + Size + LabelWidth;
        var height = Top + Size + 70;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:0} {height:0}\" width=\"{width:0}\" height=\"{height:0}\" role=\"img\" aria-label=\"Opportunity landscape\" font-family=\"sans-serif\">");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" font-weight=\"bold\">Opportunity landscape (importance vs. satisfaction)</text>");
        // Over-served: below the diagonal (satisfaction > importance).
        sb.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{P(1, 1)} {P(10, 1)} {P(10, 10)}\" fill=\"#e3f1e3\"><title>over-served</title></polygon>");
        foreach (var (band, low, high, colour) in Bands)
            sb.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{BandPolygon(low, high)}\" fill=\"{colour}\"><title>{OpportunityScore.Describe(band)}</title></polygon>");
        Axes(sb);
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(1):F1}\" y1=\"{Y(1):F1}\" x2=\"{X(10):F1}\" y2=\"{Y(10):F1}\" stroke=\"#555\" stroke-dasharray=\"5 4\"><title>satisfaction = importance</title></line>");
        BandLabels(sb);

        var labelY = Top + 14.0;
        var n = 0;
        foreach (var o in jobs.Outcomes.OrderByDescending(o => o.Opportunity).ThenBy(o => o.Statement, StringComparer.Ordinal))
        {
            n++;
            var (x, y) = (X(o.Satisfaction), Y(o.Importance));
            var title = WebUtility.HtmlEncode($"{o.Statement}: importance {Num(o.Importance)}, satisfaction {Num(o.Satisfaction)}, opportunity {Num(o.Opportunity)} ({OpportunityScore.Describe(o.Band)}, {(o.Source == OutcomeSource.Measured ? "measured" : "estimated")})");
            var fill = o.Source == OutcomeSource.Measured ? "#1f5fa8" : "#ffffff";
            sb.Append(CultureInfo.InvariantCulture, $"<g><title>{title}</title><circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"7\" fill=\"{fill}\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 9:F1}\" y=\"{y - 8:F1}\" font-size=\"11\" font-weight=\"bold\">{n}</text></g>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + Size + 20}\" y=\"{labelY:F1}\" font-size=\"11\"><tspan font-weight=\"bold\">{n}.</tspan> {WebUtility.HtmlEncode(Short(o.Statement))} ({Num(o.Opportunity)}{(o.Source == OutcomeSource.Estimated ? ", est." : "")})</text>");
            labelY += 18;
        }
        var legendY = Top + Size + 58;
        sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Left + 6}\" cy=\"{legendY - 4}\" r=\"6\" fill=\"#1f5fa8\"/><text x=\"{Left + 18}\" y=\"{legendY}\" font-size=\"11\">measured (survey)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Left + 146}\" cy=\"{legendY - 4}\" r=\"6\" fill=\"#fff\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><text x=\"{Left + 158}\" y=\"{legendY}\" font-size=\"11\">estimated from evidence</text>");
        if (jobs.Outcomes.Count == 0)
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + Size / 2}\" y=\"{Top + Size / 2}\" text-anchor=\"middle\" font-size=\"13\" fill=\"#777\">No desired outcomes</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    // The band {low ≤ 2I − S < high, I ≥ S} traced column by column: for each satisfaction the band is one interval of importance.
    private static string BandPolygon(double low, double high)
    {
        var upper = new List<string>();
        var lower = new List<string>();
        for (var s = 1.0; s <= 10.0001; s += 0.125)
        {
            var lo = Math.Max(Math.Max(s, 1), (low + s) / 2);
            var hi = Math.Min(10, (high + s) / 2);
            if (hi <= lo) continue;
            upper.Add(P(s, hi));
            lower.Add(P(s, lo));
        }
        lower.Reverse();
        return string.Join(' ', upper.Concat(lower));
    }

    private static void Axes(StringBuilder sb)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Size}\" height=\"{Size}\" fill=\"none\" stroke=\"#888\"/>");
        for (var v = 1; v <= 10; v++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v):F1}\" y=\"{Top + Size + 16}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">{v}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">{v}</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + Size / 2}\" y=\"{Top + Size + 34}\" text-anchor=\"middle\" font-size=\"12\">Satisfaction</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"20\" y=\"{Top + Size / 2}\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 20 {Top + Size / 2})\">Importance</text>");
    }

    private static void BandLabels(StringBuilder sb)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(1.3):F1}\" y=\"{Y(9.6):F1}\" font-size=\"10\" fill=\"#a33\">extreme (&gt;15)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(4.6):F1}\" y=\"{Y(9.6):F1}\" font-size=\"10\" fill=\"#b60\">high (12–15)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(7.6):F1}\" y=\"{Y(9.6):F1}\" font-size=\"10\" fill=\"#960\">solid (10–12)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(3.2):F1}\" y=\"{Y(4.2):F1}\" font-size=\"10\" fill=\"#567\">appropriately served</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(6.4):F1}\" y=\"{Y(2.2):F1}\" font-size=\"10\" fill=\"#363\">over-served</text>");
    }

    private static double X(double satisfaction) => Left + (satisfaction - 1) / 9 * Size;
    private static double Y(double importance) => Top + Size - (importance - 1) / 9 * Size;
    private static string P(double s, double i) => string.Create(CultureInfo.InvariantCulture, $"{X(s):F1},{Y(i):F1}");
    private static string Num(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
    private static string Short(string text) => text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";
}
