using System.Numerics.Tensors;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// Touchpoint attribution by meaning, fused with the lexicon matcher. Each catalog touchpoint gets a centre: the mean
/// vector of its name, its description, and for each built-in type it links to, the type's name and description, its
/// strong terms and its example sentences (<see cref="TouchpointExamples"/>), so a terse catalog entry such as "Food:
/// Dishes and drinks." still has a rich centre. When the lexicon names several touchpoints in a record, the one whose
/// centre is closest to the record (plus its lexicon confidence) becomes primary; the others follow in the same order.
/// Spans do not change: each touchpoint still points at the words that named it, so every label keeps its evidence.
/// </summary>
/// <remarks>
/// Meaning alone never names a touchpoint here. Tried and measured (docs/local-model.md): adding the nearest touchpoint
/// to records the lexicon left empty lowered precision on restaurant sentences and, read on real reports, filed "no
/// comment", "Will do. Have a good day!" and "Got it, I'll move it to 9:30" under customer service, staff or waiting:
/// the static vectors of short generic texts sit close to every centre. The weight was chosen on the project's own
/// training catalogs (evals/training), never on the public sets.
/// </remarks>
public sealed class TouchpointMeaning
{
    /// <summary>Weight of the lexicon's confidence against the cosine when several touchpoints matched.</summary>
    public const double LexiconWeight = 1.0;

    private const double StrongTerm = 3;

    private readonly string[] _ids;
    private readonly float[][] _centres;

    public TouchpointMeaning(TouchpointCatalog catalog, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(embed);
        var links = TouchpointLinker.LinkCatalog(catalog);
        _ids = [.. catalog.Touchpoints.Select(t => t.Id)];
        _centres = new float[_ids.Length][];
        for (var i = 0; i < _ids.Length; i++)
        {
            _centres[i] = Centre(embed(Prototypes(catalog.Touchpoints[i], links[i])));
        }
    }

    /// <summary>The texts whose mean is a touchpoint's centre.</summary>
    public static IReadOnlyList<string> Prototypes(Touchpoint touchpoint, IReadOnlyList<TouchpointLink> links)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(links);
        var texts = new List<string> { touchpoint.Name };
        if (!string.IsNullOrWhiteSpace(touchpoint.Description))
        {
            texts.Add($"{touchpoint.Name}: {touchpoint.Description}");
        }
        foreach (var link in links)
        {
            if (TouchpointKnowledge.Default.Find(link.TypeId) is not { } type)
            {
                continue;
            }
            texts.Add($"{type.Name}: {type.Description}");
            texts.AddRange(type.Terms.Where(t => t.Weight >= StrongTerm).Select(t => t.Text));
            texts.AddRange(TouchpointExamples.For(type.Id));
        }
        return texts;
    }

    /// <summary>Cosine of a record's vector to every touchpoint's centre, in catalog order.</summary>
    public float[] Similarities(ReadOnlySpan<float> vector)
    {
        var scores = new float[_ids.Length];
        for (var i = 0; i < _ids.Length; i++)
        {
            scores[i] = TensorPrimitives.Dot(vector, _centres[i]);
        }
        return scores;
    }

    /// <summary>
    /// The annotation with its lexicon touchpoints ordered by meaning (unchanged when fewer than two).
    /// </summary>
    public Annotation Apply(Annotation annotation, ReadOnlySpan<float> vector)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (annotation.Touchpoints.Count < 2 || TensorPrimitives.Norm(vector) == 0)
        {
            return annotation;
        }
        var scores = Similarities(vector);
        // A stable sort: equal scores keep the lexicon's order.
        var ordered = annotation
            .Touchpoints.OrderByDescending(t => Score(scores, t.TouchpointId) + LexiconWeight * t.Confidence)
            .ToList();
        return ordered[0] == annotation.Touchpoints[0] ? annotation : annotation with { Touchpoints = ordered };
    }

    private double Score(float[] scores, string id)
    {
        var i = Array.IndexOf(_ids, id);
        return i >= 0 ? scores[i] : 0;
    }

    private static float[] Centre(IReadOnlyList<float[]> vectors)
    {
        var centre = new float[vectors.Count > 0 ? vectors[0].Length : 0];
        foreach (var v in vectors)
        {
            TensorPrimitives.Add(centre, v, centre);
        }
        var norm = TensorPrimitives.Norm(centre);
        if (norm > 0)
        {
            TensorPrimitives.Divide(centre, norm, centre);
        }
        return centre;
    }
}
