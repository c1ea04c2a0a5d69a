using System.Globalization;
using System.Net;
using System.Text;
using CxAssistant.Core.Jobs;
using CxAssistant.Reports.Charts;

namespace CxAssistant.Reports;

/// <summary>
/// The opportunity landscape as a standalone SVG (no scripts, no external assets): satisfaction on x, importance on y
/// (both 1–10), the diagonal where satisfaction equals importance, and the opportunity bands shaded — over-served below
/// the diagonal, then appropriately served, solid, high and extreme towards the top-left. Measured outcomes are filled
/// points, estimated outcomes hollow; every label is XML-encoded. Point numbers and band names are placed where they
/// cover no point and no other label (<see cref="LabelPlacer"/>); the numbered list beside the plot wraps long
/// statements instead of running off the canvas, and the canvas grows with the list.
/// </summary>
public static class OpportunityLandscapeSvg
{
    private const double Left = 70,
        Top = 40,
        Size = 440,
        LabelWidth = 330,
        ListFont = 11,
        LineHeight = 15;
    private const int MaxLabel = 120;

    // The list's text starts after the number ("12. "); a line holds what fits in the rest of the label column.
    private static readonly int ListChars = (int)((LabelWidth - 44) / (ListFont * 0.62));

    private static readonly (OpportunityBand Band, double Low, double High, string Colour)[] Bands =
    [
        (OpportunityBand.AppropriatelyServed, double.NegativeInfinity, 10, "#eef3f7"),
        (OpportunityBand.Solid, 10, 12, "#fff4d6"),
        (OpportunityBand.High, 12, 15, "#ffe0c2"),
        (OpportunityBand.Extreme, 15, double.PositiveInfinity, "#ffc9c9"),
    ];

    public static string Render(JobsAnalysis jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var outcomes = jobs
            .Outcomes.OrderByDescending(o => o.Opportunity)
            .ThenBy(o => o.Statement, StringComparer.Ordinal)
            .ToList();
        var list = List(outcomes, out var listBottom);
        var width = Left + Size + LabelWidth;
        var height = Math.Max(Top + Size + 70, listBottom + 12);
        var sb = new StringBuilder();
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width:0} "
                + $"{height:0}\" width=\"{width:0}\" height=\"{height:0}\" role=\"img\" "
                + $"aria-label=\"Opportunity landscape\" font-family=\"sans-serif\">"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"{Left}\" y=\"22\" font-size=\"15\" "
                + $"font-weight=\"bold\">Opportunity landscape (importance vs. "
                + $"satisfaction)</text>"
        );
        // Over-served: below the diagonal (satisfaction > importance).
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<polygon points=\"{P(1, 1)} {P(10, 1)} {P(10, 10)}\" "
                + $"fill=\"#e3f1e3\"><title>over-served</title></polygon>"
        );
        foreach (var (band, low, high, colour) in Bands)
        {
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<polygon points=\"{BandPolygon(low, high)}\" "
                    + $"fill=\"{colour}\"><title>{OpportunityScore.Describe(band)}</title></polygon>"
            );
        }
        Axes(sb);
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<line x1=\"{X(1):F1}\" y1=\"{Y(1):F1}\" x2=\"{X(10):F1}\" "
                + $"y2=\"{Y(10):F1}\" stroke=\"#555\" stroke-dasharray=\"5 "
                + $"4\"><title>satisfaction = importance</title></line>"
        );

        var placer = new LabelPlacer(new ChartBox(Left + 2, Top + 2, Left + Size - 2, Top + Size - 2));
        foreach (var o in outcomes)
        {
            placer.AddMark(X(o.Satisfaction), Y(o.Importance), 8);
        }
        var points = new StringBuilder();
        for (var n = 1; n <= outcomes.Count; n++)
        {
            var o = outcomes[n - 1];
            var (x, y) = (X(o.Satisfaction), Y(o.Importance));
            var title = WebUtility.HtmlEncode(
                $"{o.Statement}: importance {Num(o.Importance)}, satisfaction "
                    + $"{Num(o.Satisfaction)}, opportunity {Num(o.Opportunity)} "
                    + $"({OpportunityScore.Describe(o.Band)}, "
                    + $"{(o.Source == OutcomeSource.Measured ? "measured" : "estimated")})"
            );
            var fill = o.Source == OutcomeSource.Measured ? "#1f5fa8" : "#ffffff";
            var label = n.ToString(CultureInfo.InvariantCulture);
            var at = NumberPlaces(x, y);
            var (chosen, _) = placer.Place(
                [.. at.Select(a => ChartBox.OfText(label, a.X, a.Y, 11, a.Anchor))],
                ownMark: n - 1
            );
            points.Append(
                CultureInfo.InvariantCulture,
                $"<g><title>{title}</title><circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"7\" "
                    + $"fill=\"{fill}\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"
            );
            points.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{at[chosen].X:F1}\" y=\"{at[chosen].Y:F1}\" "
                    + $"text-anchor=\"{at[chosen].Anchor}\" font-size=\"11\" "
                    + $"font-weight=\"bold\">{label}</text></g>"
            );
        }
        BandLabels(sb, placer);
        sb.Append(points).Append(list);
        var legendY = Top + Size + 58;
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<circle cx=\"{Left + 6}\" cy=\"{legendY - 4}\" r=\"6\" "
                + $"fill=\"#1f5fa8\"/><text x=\"{Left + 18}\" y=\"{legendY}\" "
                + $"font-size=\"11\">measured (survey)</text>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<circle cx=\"{Left + 146}\" cy=\"{legendY - 4}\" r=\"6\" "
                + $"fill=\"#fff\" stroke=\"#1f5fa8\" stroke-width=\"2\"/><text "
                + $"x=\"{Left + 158}\" y=\"{legendY}\" font-size=\"11\">estimated from "
                + $"evidence</text>"
        );
        if (outcomes.Count == 0)
        {
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{Left + Size / 2}\" y=\"{Top + Size / 2}\" "
                    + $"text-anchor=\"middle\" font-size=\"13\" fill=\"#777\">No desired "
                    + $"outcomes</text>"
            );
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    // Around the point, nearest first; further rings for points drawn on top of each other.
    private static (double X, double Y, string Anchor)[] NumberPlaces(double x, double y) =>
        [
            .. new[] { 0, 14, 28 }.SelectMany(d =>
                new (double, double, string)[]
                {
                    (x + 9 + d, y - 8 - d, "start"),
                    (x - 9 - d, y - 8 - d, "end"),
                    (x + 9 + d, y + 16 + d, "start"),
                    (x - 9 - d, y + 16 + d, "end"),
                    (x + 11 + d, y + 4, "start"),
                    (x - 11 - d, y + 4, "end"),
                    (x, y - 11 - d, "middle"),
                    (x, y + 20 + d, "middle"),
                }
            ),
        ];

    /// <summary>The numbered list beside the plot, each statement wrapped to the label column.</summary>
    private static string List(List<DesiredOutcome> outcomes, out double bottom)
    {
        var sb = new StringBuilder();
        var y = Top + 14.0;
        var x = Left + Size + 20;
        for (var n = 1; n <= outcomes.Count; n++)
        {
            var o = outcomes[n - 1];
            var text =
                $"{Short(o.Statement)} ({Num(o.Opportunity)}{(o.Source == OutcomeSource.Estimated ? ", est." : "")})";
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{y:F1}\" font-size=\"{ListFont}\" font-weight=\"bold\">{n}.</text>"
            );
            foreach (var line in Wrap(text, ListChars))
            {
                sb.Append(
                    CultureInfo.InvariantCulture,
                    $"<text x=\"{x + 24}\" y=\"{y:F1}\" font-size=\"{ListFont}\">{WebUtility.HtmlEncode(line)}</text>"
                );
                y += LineHeight;
            }
            y += 4;
        }
        bottom = y;
        return sb.ToString();
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(word.Length > width ? word[..(width - 1)] + "…" : word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    // The band {low ≤ 2I − S < high, I ≥ S} traced column by column: for each satisfaction the band is one interval of
    // importance.
    private static string BandPolygon(double low, double high)
    {
        var upper = new List<string>();
        var lower = new List<string>();
        for (var s = 1.0; s <= 10.0001; s += 0.125)
        {
            var lo = Math.Max(Math.Max(s, 1), (low + s) / 2);
            var hi = Math.Min(10, (high + s) / 2);
            if (hi <= lo)
            {
                continue;
            }
            upper.Add(P(s, hi));
            lower.Add(P(s, lo));
        }
        lower.Reverse();
        return string.Join(' ', upper.Concat(lower));
    }

    private static void Axes(StringBuilder sb)
    {
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Size}\" height=\"{Size}\" fill=\"none\" stroke=\"#888\"/>"
        );
        for (var v = 1; v <= 10; v++)
        {
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{X(v):F1}\" y=\"{Top + Size + 16}\" text-anchor=\"middle\" "
                    + $"font-size=\"10\" fill=\"#555\">{v}</text>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{Left - 8}\" y=\"{Y(v) + 4:F1}\" text-anchor=\"end\" "
                    + $"font-size=\"10\" fill=\"#555\">{v}</text>"
            );
        }
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"{Left + Size / 2}\" y=\"{Top + Size + 34}\" "
                + $"text-anchor=\"middle\" font-size=\"12\">Satisfaction</text>"
        );
        sb.Append(
            CultureInfo.InvariantCulture,
            $"<text x=\"20\" y=\"{Top + Size / 2}\" text-anchor=\"middle\" "
                + $"font-size=\"12\" transform=\"rotate(-90 20 "
                + $"{Top + Size / 2})\">Importance</text>"
        );
    }

    // Each band's name at the first of its places (all inside the band) that covers no point or number.
    private static readonly (string Text, string Colour, (double S, double I)[] At)[] BandNames =
    [
        ("extreme (&gt;15)", "#a33", [(1.3, 9.6), (1.3, 8.9), (1.3, 8.2)]),
        ("high (12–15)", "#b60", [(4.6, 9.6), (2.5, 8.0), (3.6, 8.4)]),
        ("solid (10–12)", "#960", [(7.6, 9.6), (5.0, 7.8), (3.0, 6.6)]),
        ("appropriately served", "#567", [(3.2, 4.2), (5.4, 6.6), (2.0, 3.0), (6.6, 7.4), (4.4, 5.0)]),
        ("over-served", "#363", [(6.4, 2.2), (8.0, 3.2), (4.2, 1.5), (8.4, 5.6)]),
    ];

    private static void BandLabels(StringBuilder sb, LabelPlacer placer)
    {
        foreach (var (text, colour, at) in BandNames)
        {
            var plain = WebUtility.HtmlDecode(text);
            var (chosen, _) = placer.Place([.. at.Select(p => ChartBox.OfText(plain, X(p.S), Y(p.I), 10, "start"))]);
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{X(at[chosen].S):F1}\" y=\"{Y(at[chosen].I):F1}\" "
                    + $"font-size=\"10\" fill=\"{colour}\">{text}</text>"
            );
        }
    }

    private static double X(double satisfaction) => Left + (satisfaction - 1) / 9 * Size;

    private static double Y(double importance) => Top + Size - (importance - 1) / 9 * Size;

    private static string P(double s, double i) => string.Create(CultureInfo.InvariantCulture, $"{X(s):F1},{Y(i):F1}");

    private static string Num(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length <= MaxLabel ? text : text[..(MaxLabel - 1)].TrimEnd() + "…";
}
