namespace CxAssistant.Reports.Charts;

/// <summary>
/// Places chart labels so they neither cover each other nor the marks (circles) of the chart nor leave the canvas:
/// each label takes the first of its candidate positions that is free, or, when none is, the one that overlaps least.
/// Greedy and deterministic: labels placed first (the caller's most important) get their preferred place.
/// </summary>
public sealed class LabelPlacer(ChartBox canvas)
{
    private readonly List<ChartBox> _taken = [];
    private readonly List<(double X, double Y, double R)> _marks = [];

    /// <summary>Boxes taken so far (labels and anything reserved).</summary>
    public IReadOnlyList<ChartBox> Taken => _taken;

    /// <summary>A circle no label may cover (a node, a point).</summary>
    public void AddMark(double x, double y, double r) => _marks.Add((x, y, r));

    /// <summary>An area no label may cover (a title, a legend, another label drawn elsewhere).</summary>
    public void Reserve(ChartBox box) => _taken.Add(box);

    /// <summary>
    /// The chosen candidate's index and box. <paramref name="ownMark"/> is the mark the label belongs to (it may touch
    /// it); <paramref name="candidates"/> are in order of preference.
    /// </summary>
    public (int Index, ChartBox Box) Place(IReadOnlyList<ChartBox> candidates, int? ownMark = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = (Index: 0, Cost: double.MaxValue);
        for (var i = 0; i < candidates.Count; i++)
        {
            var cost = Cost(candidates[i], ownMark);
            if (cost < best.Cost)
            {
                best = (i, cost);
            }
            if (cost == 0)
            {
                break;
            }
        }
        _taken.Add(candidates[best.Index]);
        return (best.Index, candidates[best.Index]);
    }

    private double Cost(ChartBox box, int? ownMark)
    {
        var cost = 0.0;
        // Leaving the canvas is worst: the label is cut off.
        cost +=
            1000
            * (
                Math.Max(0, canvas.Left - box.Left)
                + Math.Max(0, box.Right - canvas.Right)
                + Math.Max(0, canvas.Top - box.Top)
                + Math.Max(0, box.Bottom - canvas.Bottom)
            );
        foreach (var other in _taken)
        {
            if (box.Overlaps(other, pad: 2))
            {
                cost += 100 + Area(box, other);
            }
        }
        for (var m = 0; m < _marks.Count; m++)
        {
            if (m == ownMark)
            {
                continue;
            }
            var (x, y, r) = _marks[m];
            cost += 10 * box.OverlapWithCircle(x, y, r + 2);
        }
        return cost;
    }

    private static double Area(ChartBox a, ChartBox b) =>
        Math.Max(0, Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left))
        * Math.Max(0, Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top))
        / 100;
}
