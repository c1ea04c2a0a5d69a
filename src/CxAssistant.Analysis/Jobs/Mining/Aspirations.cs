using System.Numerics.Tensors;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// The top of the job tree: each main job goes under the aspiration of its kind of business closest to it in meaning
/// (<see cref="BusinessKind.Aspirations"/>); an aspiration no main job falls under is not shown, and its customers are
/// the distinct customers of its main jobs.
/// </summary>
internal static class Aspirations
{
    public static List<JobStatement> Place(
        List<JobStatement> statements,
        BusinessKind kind,
        ITextEncoder encoder,
        MiningContext context,
        CancellationToken cancellationToken
    )
    {
        var mains = statements.Where(s => s.Altitude == JobAltitude.Main).ToList();
        if (mains.Count == 0 || kind.Aspirations.Count == 0)
        {
            return [];
        }
        var aspirations = kind
            .Aspirations.Select(a => new JobStatement
            {
                Id = "asp-" + MinedJobBuilder.Slug(a.Verb + " " + a.Object),
                Verb = a.Verb,
                Object = a.Object,
                Clarifier = a.Clarifier,
                Altitude = JobAltitude.Aspirational,
                Provenance = new Provenance(
                    Provenance.OfflineSource,
                    Note: "the aspiration of this kind of business closest in meaning to its main jobs"
                ),
            })
            .Where(a => JobStatementLinter.Passes(a))
            .ToList();
        if (aspirations.Count == 0)
        {
            return [];
        }
        var vectors = encoder.Encode(
            [.. aspirations.Select(a => a.Text).Concat(mains.Select(m => m.Text))],
            cancellationToken
        );
        var under = new Dictionary<string, List<JobStatement>>(StringComparer.Ordinal);
        for (var m = 0; m < mains.Count; m++)
        {
            var v = vectors[aspirations.Count + m];
            var best = Enumerable
                .Range(0, aspirations.Count)
                .OrderByDescending(a => TensorPrimitives.Dot(v, vectors[a]))
                .ThenBy(a => a)
                .First();
            (under.TryGetValue(aspirations[best].Id, out var list) ? list : under[aspirations[best].Id] = []).Add(
                mains[m]
            );
        }
        var placed = new List<JobStatement>();
        foreach (var aspiration in aspirations.Where(a => under.ContainsKey(a.Id)))
        {
            var children = under[aspiration.Id];
            placed.Add(aspiration with { Customers = CustomersOf(children, context) });
            for (var k = 0; k < statements.Count; k++)
            {
                if (children.Any(c => c.Id == statements[k].Id))
                {
                    statements[k] = statements[k] with { ParentId = aspiration.Id };
                }
            }
        }
        return placed;
    }

    // Distinct customers across the main jobs (a customer in two jobs counts once).
    private static int CustomersOf(List<JobStatement> children, MiningContext context) =>
        children
            .SelectMany(c => context.JobRecords.GetValueOrDefault(c.Id, []))
            .Select(context.Customer)
            .Distinct(StringComparer.Ordinal)
            .Count();
}
