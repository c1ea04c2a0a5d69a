using CxAssistant.Core.Analysis;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The offline persona drafter: segments customers (<see cref="Segmentation"/>) and drafts one card per segment,
/// largest first ("persona-1"). Deterministic. A model drafter fills the same <see cref="PersonaCard"/> shape and
/// both are checked by <see cref="PersonaCheck"/>.
/// </summary>
public static class PersonaDrafter
{
    public static IReadOnlyList<PersonaCard> Draft(AnalysisResult analysis, PersonaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= new PersonaOptions();
        var segmentation = Segmentation.Run(analysis, options);
        if (segmentation.Clustering.K == 0)
        {
            return [];
        }
        var sizes = segmentation.Clustering.Sizes();
        var order = Enumerable
            .Range(0, segmentation.Clustering.K)
            .Where(c => sizes[c] > 0)
            .OrderByDescending(c => sizes[c])
            .ThenBy(c => c)
            .ToList();
        var drafter = new CardDrafter(analysis, segmentation, options);
        var namer = new PersonaNamer(
            analysis.Catalog,
            segmentation.Space.Contexts,
            analysis.Records.Select(r => r.Text)
        );
        return [.. order.Select((c, i) => drafter.Draft(c, $"persona-{i + 1}", namer))];
    }
}
