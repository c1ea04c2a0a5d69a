using CxAssistant.Core.Metrics;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Describes a cluster by its most distinctive features: the share of its customers that have each feature against
/// the share among all customers (lift). A trait needs ≥ 2 customers, ≥ 20% of the segment and lift ≥ 1.25; traits
/// are ranked by the share difference (segment − overall), which favours features both common and distinctive.
/// </summary>
internal static class SegmentDescriber
{
    public const double MinShare = 0.2;
    public const double MinLift = 1.25;

    public static IReadOnlyList<SegmentTrait> Traits(FeatureSpace space, IReadOnlyList<int> members, int max = 8)
    {
        var n = space.Customers;
        var traits = new List<(SegmentTrait Trait, double Score)>();
        for (var f = 0; f < space.Features.Count; f++)
        {
            var inSegment = members.Count(c => space.Has(c, f));
            if (inSegment < 2)
            {
                continue;
            }
            var overall = space.Holding(f);
            var segShare = (double)inSegment / members.Count;
            var allShare = (double)overall / n;
            var lift = Statistics.Ratio(segShare, allShare);
            if (segShare < MinShare || lift < MinLift)
            {
                continue;
            }
            var feature = space.Features[f];
            traits.Add(
                (
                    new SegmentTrait(
                        feature.Kind,
                        feature.Field,
                        feature.Value,
                        Statistics.Round(segShare, 3),
                        Statistics.Round(allShare, 3),
                        Statistics.Round(lift, 2)
                    ),
                    segShare - allShare
                )
            );
        }
        // On equal scores a life context reads best (it says who they are), then metadata, then the rest.
        return
        [
            .. traits
                .OrderByDescending(t => Math.Round(t.Score, 6))
                .ThenBy(t =>
                    t.Trait.Kind switch
                    {
                        FeatureKinds.Context => 0,
                        FeatureKinds.Metadata => 1,
                        _ => 2,
                    }
                )
                .ThenBy(t => t.Trait.Kind, StringComparer.Ordinal)
                .ThenBy(t => t.Trait.Value, StringComparer.Ordinal)
                .Take(max)
                .Select(t => t.Trait),
        ];
    }
}
