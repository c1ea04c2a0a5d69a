using System.Globalization;

namespace CxAssistant.Reports.Charts;

/// <summary>
/// Routes an edge between two circles around the other circles and their labels (<c>labels[i]</c> is circle i's) of a
/// chart: a straight line when it is
/// clear, else a quadratic curve bent to the side (further and further, either side) until it clears them; when no
/// bend clears everything, the bend that crosses the fewest. A bend never leaves <c>area</c> (the drawing, below its
/// headings). Endpoints sit on the circles' rims.
/// </summary>
public sealed class EdgeRouter(
    IReadOnlyList<(double X, double Y, double R)> circles,
    IReadOnlyList<ChartBox> labels,
    ChartBox area
)
{
    private static readonly double[] Middle = [0.5];
    private static readonly double[] Along = [0.5, 0.3, 0.7, 0.15, 0.85];

    // 0, 20, -20, 40, -40, … 340, -340: the smallest bend that clears wins.
    private static readonly double[] Bends =
    [
        0,
        .. Enumerable.Range(1, 17).SelectMany(k => new double[] { 20 * k, -20 * k }),
    ];

    /// <summary>
    /// The SVG path data ("M … L …" or "M … Q …") from circle <paramref name="from"/> to circle <paramref name="to"/>.
    /// </summary>
    public string Route(int from, int to, double headGap)
    {
        var (a, b) = (circles[from], circles[to]);
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Max(1e-6, Math.Sqrt(dx * dx + dy * dy));
        var (nx, ny) = (-dy / length, dx / length);
        var best = (Control: (X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2), Bend: 0.0, Hits: int.MaxValue);
        foreach (var bend in Bends)
        {
            // The bend's peak in the middle, or nearer one end (to slip past a circle beside the other).
            foreach (var along in bend == 0 ? Middle : Along)
            {
                var candidate = (X: a.X + dx * along + nx * bend, Y: a.Y + dy * along + ny * bend);
                var hits = Hits(from, to, candidate, headGap);
                if (hits < best.Hits)
                {
                    best = (candidate, bend, hits);
                }
                if (hits == 0)
                {
                    break;
                }
            }
            if (best.Hits == 0)
            {
                break;
            }
        }
        var control = best.Control;
        var start = Rim(a, control, 0);
        var end = Rim(b, control, headGap);
        return best.Bend == 0
            ? string.Create(CultureInfo.InvariantCulture, $"M{start.X:F1} {start.Y:F1}L{end.X:F1} {end.Y:F1}")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"M{start.X:F1} {start.Y:F1}Q{control.X:F1} {control.Y:F1} {end.X:F1} {end.Y:F1}"
            );
    }

    // Circles (10 each) and labels (1 each) the curve as drawn (rim -> control -> rim) passes through, other than its
    // own two.
    private int Hits(int from, int to, (double X, double Y) control, double headGap)
    {
        var (a, b) = (Rim(circles[from], control, 0), Rim(circles[to], control, headGap));
        var steps = Math.Max(16, (int)(Math.Abs(b.X - a.X) + Math.Abs(b.Y - a.Y)) / 6);
        var circleHits = new HashSet<int>();
        var labelHits = new HashSet<int>();
        for (var i = 1; i < steps; i++)
        {
            var t = (double)i / steps;
            var x = (1 - t) * (1 - t) * a.X + 2 * (1 - t) * t * control.X + t * t * b.X;
            var y = (1 - t) * (1 - t) * a.Y + 2 * (1 - t) * t * control.Y + t * t * b.Y;
            if (!area.Contains(x, y))
            {
                return int.MaxValue - 1;
            }
            for (var c = 0; c < circles.Count; c++)
            {
                if (c == from || c == to)
                {
                    continue;
                }
                var (cx, cy, r) = circles[c];
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) < (r + 4) * (r + 4))
                {
                    circleHits.Add(c);
                }
            }
            for (var l = 0; l < labels.Count; l++)
            {
                if (l != from && l != to && labels[l].Contains(x, y, pad: 1))
                {
                    labelHits.Add(l);
                }
            }
        }
        return circleHits.Count * 10 + labelHits.Count;
    }

    private static (double X, double Y) Rim((double X, double Y, double R) c, (double X, double Y) towards, double gap)
    {
        var (dx, dy) = (towards.X - c.X, towards.Y - c.Y);
        var length = Math.Max(1e-6, Math.Sqrt(dx * dx + dy * dy));
        return (c.X + dx / length * (c.R + gap), c.Y + dy / length * (c.R + gap));
    }
}
