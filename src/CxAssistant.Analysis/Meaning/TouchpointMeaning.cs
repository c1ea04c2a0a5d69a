using System.Numerics.Tensors;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;
using CxAssistant.LocalModel;

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
/// Meaning alone names a touchpoint only for a record the lexicon left empty, only in the full model's space, and only
/// when one touchpoint clearly leads (<see cref="Fill"/>): the mention and its cues span the whole text and say they
/// came from meaning, with low confidence, so a configured model re-reads them. With the static table this was tried
/// and not shipped (docs/local-model.md): it filed "no comment", "Will do. Have a good day!" and "Got it, I'll move
/// it to 9:30" under customer service, staff or waiting, as static vectors of short generic texts sit close to every
/// centre. Weights and thresholds were chosen on the project's own training catalogs (evals/training) and checked on
/// general tweets, never tuned on the sets scored.
/// </remarks>
public sealed class TouchpointMeaning
{
    /// <summary>Weight of the lexicon's confidence against the cosine when several touchpoints matched.</summary>
    public const double LexiconWeight = 1.0;

    /// <summary>A record the lexicon left empty takes its nearest touchpoint at this cosine or more (full model).</summary>
    public const double FillThreshold = 0.30;

    /// <summary>… and when it leads the next touchpoint by at least this much.</summary>
    public const double FillMargin = 0.06;

    /// <summary>The highest confidence a touchpoint read by meaning alone is given.</summary>
    public const double FillConfidence = 0.4;

    /// <summary>
    /// Fewer words than this ("ok", "no comment", "love it") say too little to name a touchpoint by meaning: the full
    /// model still places them near some centre.
    /// </summary>
    public const int FillMinWords = 3;

    private const double StrongTerm = 3;
    private const double UncertainAnnotation = 0.6;

    private readonly string[] _ids;
    private readonly float[][] _centres;
    private readonly bool _fills;

    /// <param name="catalog">The catalog whose touchpoints get centres.</param>
    /// <param name="embed">The encoder the records were read with, so centres share their space.</param>
    /// <param name="modelId">That encoder's model id: records left empty are filled only in the full model's space
    /// (<see cref="MiniLmResources.ModelName"/>), where the thresholds were chosen.</param>
    public TouchpointMeaning(
        TouchpointCatalog catalog,
        Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed,
        string? modelId = null
    )
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(embed);
        var links = TouchpointLinker.LinkCatalog(catalog);
        _ids = [.. catalog.Touchpoints.Select(t => t.Id)];
        _fills = modelId == MiniLmResources.ModelName;
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

    /// <summary>
    /// A record the lexicon named no touchpoint in, read by meaning: the nearest touchpoint when its cosine is at
    /// least <see cref="FillThreshold"/> and leads the next by <see cref="FillMargin"/> (full model only). The mention
    /// spans the whole text with confidence ≤ <see cref="FillConfidence"/>, a <c>touchpoint:</c> and a
    /// <c>meaning:touchpoint</c> cue cover the same span, and the annotation's confidence drops to at most 0.6, so
    /// the item says it is uncertain. Anything else comes back unchanged.
    /// </summary>
    public Annotation Fill(Annotation annotation, ReadOnlySpan<float> vector, string? text)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (
            !_fills
            || _ids.Length < 2
            || annotation.Touchpoints.Count > 0
            || string.IsNullOrWhiteSpace(text)
            || Words(text) < FillMinWords
            || annotation.Provenance != "offline"
            || TensorPrimitives.Norm(vector) == 0
        )
        {
            return annotation;
        }
        var scores = Similarities(vector);
        int best = 0,
            next = 1;
        if (scores[1] > scores[0])
        {
            (best, next) = (1, 0);
        }
        for (var i = 2; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                (best, next) = (i, best);
            }
            else if (scores[i] > scores[next])
            {
                next = i;
            }
        }
        if (scores[best] < FillThreshold || scores[best] - scores[next] < FillMargin)
        {
            return annotation;
        }
        var id = _ids[best];
        return annotation with
        {
            Touchpoints =
            [
                new TouchpointMention(id, Math.Round(Math.Min(FillConfidence, scores[best]), 3), 0, text.Length),
            ],
            Cues =
            [
                .. annotation.Cues,
                new Cue(CueLabels.Touchpoint + id, 0, text.Length),
                new Cue(CueLabels.Meaning + "touchpoint", 0, text.Length),
            ],
            Confidence = Math.Min(annotation.Confidence, UncertainAnnotation),
        };
    }

    private static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
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
