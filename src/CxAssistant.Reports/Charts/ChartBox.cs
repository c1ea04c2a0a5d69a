namespace CxAssistant.Reports.Charts;

/// <summary>An axis-aligned box on a chart (a label's extent, a point's mark), in SVG user units.</summary>
public readonly record struct ChartBox(double Left, double Top, double Right, double Bottom)
{
    /// <summary>
    /// The box of a single-line label: <paramref name="anchor"/> is SVG's text-anchor ("start", "middle", "end"),
    /// <paramref name="baseline"/> the y the text is drawn at. The width is estimated at 0.62 em a character, wide
    /// enough for the sans-serif fonts browsers pick (DejaVu Sans, Arial, Helvetica).
    /// </summary>
    public static ChartBox OfText(string text, double x, double baseline, double fontSize, string anchor = "middle")
    {
        var width = TextWidth(text, fontSize);
        var left = anchor switch
        {
            "start" => x,
            "end" => x - width,
            _ => x - width / 2,
        };
        return new ChartBox(left, baseline - fontSize * 0.95, left + width, baseline + fontSize * 0.3);
    }

    /// <summary>The estimated drawn width of <paramref name="text"/> at <paramref name="fontSize"/>.</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.62;

    /// <summary>The box around a circle.</summary>
    public static ChartBox OfCircle(double x, double y, double r) => new(x - r, y - r, x + r, y + r);

    public double Width => Right - Left;

    public bool Overlaps(ChartBox other, double pad = 0) =>
        Left < other.Right + pad && other.Left < Right + pad && Top < other.Bottom + pad && other.Top < Bottom + pad;

    public bool Contains(double x, double y, double pad = 0) =>
        x >= Left - pad && x <= Right + pad && y >= Top - pad && y <= Bottom + pad;

    public bool Inside(ChartBox canvas) =>
        Left >= canvas.Left && Right <= canvas.Right && Top >= canvas.Top && Bottom <= canvas.Bottom;

    /// <summary>
    /// How far this box reaches into a circle (0 when they do not touch), for choosing the least bad place.
    /// </summary>
    public double OverlapWithCircle(double x, double y, double r)
    {
        var dx = Math.Max(Math.Max(Left - x, 0), x - Right);
        var dy = Math.Max(Math.Max(Top - y, 0), y - Bottom);
        return Math.Max(0, r - Math.Sqrt(dx * dx + dy * dy));
    }
}
