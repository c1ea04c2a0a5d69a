using System.Globalization;
using System.Text;
using CxAssistant.Core.JobStates;

namespace CxAssistant.Web.Charts;

/// <summary>
/// A job state machine as a diagram: states at fixed places (start left, the loop in the middle, done and abandoned
/// right), arrows weighted by customers with their counts, blocked and abandoned drawn in red.
/// </summary>
public static class JobStateSvg
{
    private const int BoxHalfWidth = 62,
        BoxHalfHeight = 20;

    private static readonly Dictionary<JobState, (int X, int Y)> Places = new()
    {
        [JobState.Start] = (70, 170),
        [JobState.Trying] = (260, 170),
        [JobState.NeedsInformation] = (430, 60),
        [JobState.WaitingForService] = (430, 280),
        [JobState.SideJob] = (260, 300),
        [JobState.Blocked] = (600, 170),
        [JobState.Done] = (780, 80),
        [JobState.Abandoned] = (780, 260),
    };

    public static string Render(JobStateMachine machine)
    {
        var sb = new StringBuilder();
        sb.Append(
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 "
                + "0 860 350\" role=\"img\" aria-label=\"Job state diagram\" "
                + "font-family=\"sans-serif\" font-size=\"12\">"
        );
        sb.Append(
            "<defs><marker id=\"js-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
                + "refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" "
                + "markerHeight=\"10\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L "
                + "10 5 L 0 10 z\" fill=\"#7a8394\"/></marker></defs>"
        );
        var max = Math.Max(1, machine.Transitions.Select(t => t.Customers).DefaultIfEmpty(1).Max());
        foreach (var t in machine.Transitions.Where(t => t.From != t.To))
        {
            var (x1, y1) = Places[t.From];
            var (x2, y2) = Places[t.To];
            // Curve each arrow a little so A→B and B→A do not overlap.
            var mx = (x1 + x2) / 2.0 + (y2 - y1) * 0.15;
            var my = (y1 + y2) / 2.0 - (x2 - x1) * 0.15;
            var bad = t.To is JobState.Blocked or JobState.Abandoned;
            // Start and end on the boxes' borders (towards the control point) so arrowheads are not hidden under a box.
            var (sx, sy) = Border(x1, y1, mx, my);
            var (ex, ey) = Border(x2, y2, mx, my);
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<path d=\"M {sx:F0} {sy:F0} Q {mx:F0} {my:F0} {ex:F0} {ey:F0}\" "
                    + $"fill=\"none\" stroke=\"{(bad ? "#c62828" : "#7a8394")}\" "
                    + $"stroke-opacity=\"0.6\" "
                    + $"stroke-width=\"{1 + 5.0 * t.Customers / max:F1}\" "
                    + $"marker-end=\"url(#js-arrow)\"><title>{Name(t.From)} → {Name(t.To)}: "
                    + $"{t.Customers} customers, {t.Records} records</title></path>"
            );
            // The label sits on the curve: a quadratic Bézier's midpoint is (start + 2·control + end) / 4.
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{(sx + 2 * mx + ex) / 4:F0}\" "
                    + $"y=\"{(sy + 2 * my + ey) / 4 - 3:F0}\" fill=\"#1d2330\" "
                    + $"text-anchor=\"middle\">{t.Customers}</text>"
            );
        }
        foreach (var node in machine.States)
        {
            var (x, y) = Places[node.State];
            var fill = node.State switch
            {
                JobState.Done => "#e6f4ea",
                JobState.Blocked or JobState.Abandoned => "#fde7e7",
                _ => "#eef1f6",
            };
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<rect x=\"{x - 62}\" y=\"{y - 20}\" width=\"124\" height=\"40\" "
                    + $"rx=\"8\" fill=\"{fill}\" stroke=\"#5b6475\"/>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{y - 2}\" text-anchor=\"middle\" font-weight=\"bold\">{Name(node.State)}</text>"
            );
            sb.Append(
                CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{y + 13}\" text-anchor=\"middle\" "
                    + $"fill=\"#5b6475\">{node.Customers} customers</text>"
            );
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static (double X, double Y) Border(double cx, double cy, double towardsX, double towardsY)
    {
        var dx = towardsX - cx;
        var dy = towardsY - cy;
        var t = Math.Min(
            dx == 0 ? double.MaxValue : (BoxHalfWidth + 2) / Math.Abs(dx),
            dy == 0 ? double.MaxValue : (BoxHalfHeight + 2) / Math.Abs(dy)
        );
        return t >= 1 ? (cx, cy) : (cx + dx * t, cy + dy * t);
    }

    private static string Name(JobState state) =>
        state switch
        {
            JobState.NeedsInformation => "needs information",
            JobState.WaitingForService => "waiting for service",
            JobState.SideJob => "side job",
            _ => state.ToString().ToLowerInvariant(),
        };
}
