using CxAssistant.Core.Analysis;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Reports;

/// <summary>
/// Where the touchpoint network's nodes go (for <see cref="NetworkSvg"/>, which draws the report's map and the web's):
/// one column per journey stage
/// (left to right), nodes in a column by mentions (most first, every other one nudged right), radius growing with the
/// square root of mentions so area tracks frequency. Sizes are the caller's.
/// </summary>
public sealed record NetworkLayout(
    IReadOnlyList<JourneyStage> Stages,
    IReadOnlyDictionary<string, (double X, double Y, double R)> Nodes,
    int Width,
    int Height
)
{
    /// <summary>Lays out every touchpoint with mentions.</summary>
    public static NetworkLayout Compute(AnalysisResult analysis, Geometry g)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(g);
        var scores = analysis.Scoring.Touchpoints.Where(t => t.Mentions > 0).ToList();
        var maxMentions = Math.Max(1, scores.Select(s => s.Mentions).DefaultIfEmpty(1).Max());
        JourneyStage StageOf(string id) => analysis.Catalog.Find(id)?.Stage ?? JourneyStage.Usage;
        var stages = scores.Select(s => StageOf(s.TouchpointId)).Distinct().Order().ToList();
        var nodes = new Dictionary<string, (double X, double Y, double R)>(StringComparer.Ordinal);
        var rows = 1;
        foreach (var group in scores.GroupBy(s => StageOf(s.TouchpointId)))
        {
            var column = stages.IndexOf(group.Key);
            var row = 0;
            foreach (
                var s in group.OrderByDescending(s => s.Mentions).ThenBy(s => s.TouchpointId, StringComparer.Ordinal)
            )
            {
                nodes[s.TouchpointId] = (
                    g.Left + column * g.ColumnWidth + row % 2 * g.Stagger,
                    g.Top + row * g.RowHeight,
                    g.MinRadius + g.RadiusSpan * Math.Sqrt((double)s.Mentions / maxMentions)
                );
                row++;
            }
            rows = Math.Max(rows, row);
        }
        return new NetworkLayout(
            stages,
            nodes,
            g.Left * 2 + Math.Max(0, stages.Count - 1) * g.ColumnWidth + g.RightPadding,
            g.Top + rows * g.RowHeight
        );
    }

    /// <summary>Column and row pitch, margins, stagger and node radius range of one drawing.</summary>
    public sealed record Geometry(
        int ColumnWidth,
        int RowHeight,
        int Top,
        int Left,
        int Stagger,
        double MinRadius,
        double RadiusSpan,
        int RightPadding
    );
}
