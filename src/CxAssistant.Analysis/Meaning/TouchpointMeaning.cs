using System.Numerics.Tensors;
using System.Text.RegularExpressions;
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
/// Where the full model read the records, meaning also decides which touchpoints a record keeps (<see cref="Fill"/>):
/// a probability per touchpoint from the lexicon's confidence and the record's nearness to the touchpoint's example
/// sentences against sentences about a business as a whole (<see cref="TouchpointExamples.Overall"/>), so a weak word
/// in "we loved this place" is dropped and a dish the lexicon does not know is still food. Touchpoints named by meaning
/// alone span the whole text and say they came from meaning, with low confidence, so a configured model re-reads them.
/// With the static table this was tried and not shipped (docs/local-model.md): it filed "no comment", "Will do. Have a
/// good day!" and "Got it, I'll move it to 9:30" under customer service, staff or waiting, as static vectors of short
/// generic texts sit close to every centre. Weights and thresholds were chosen on the project's own training catalogs
/// (evals/training), never tuned on the sets scored.
/// </remarks>
public sealed partial class TouchpointMeaning
{
    /// <summary>Weight of the lexicon's confidence against the cosine when several touchpoints matched.</summary>
    public const double LexiconWeight = 1.0;

    /// <summary>
    /// A record read by the full model keeps (or, by meaning alone, takes) a touchpoint at this probability or more
    /// (<see cref="Fill"/>); chosen with the weights below on the training catalogs, by leaving one catalog out.
    /// </summary>
    public const double KeepProbability = 0.30;

    /// <summary>How many of a touchpoint's example sentences (and of the overall sentences) a record is compared with.</summary>
    internal const int NearestExamples = 3;

    // The logistic weights of Probabilities (fitted on evals/training's seven catalogs, 184 sentences, C = 3).
    internal const double Bias = -2.71,
        LexiconConfidenceWeight = 2.30,
        LexiconNamedWeight = 0.64,
        OverallWeight = 2.61,
        LeadWeight = 4.59,
        CentreWeight = 4.58;

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
    private readonly float[][][] _examples;
    private readonly float[][] _overall;
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
        _examples = new float[_ids.Length][][];
        for (var i = 0; i < _ids.Length; i++)
        {
            var prototypes = PrototypeTexts(catalog.Touchpoints[i], links[i]);
            var vectors = embed([.. prototypes.Select(p => p.Text)]);
            _centres[i] = Centre(vectors);
            _examples[i] = [.. vectors.Where((_, k) => prototypes[k].IsExample)];
        }
        _overall = _fills ? [.. embed(TouchpointExamples.Overall)] : [];
    }

    /// <summary>The texts whose mean is a touchpoint's centre.</summary>
    public static IReadOnlyList<string> Prototypes(Touchpoint touchpoint, IReadOnlyList<TouchpointLink> links) =>
        [.. PrototypeTexts(touchpoint, links).Select(p => p.Text)];

    /// <summary>
    /// The centre's texts, each marked when it is a sentence a customer might write about the touchpoint (its name,
    /// its description and its types' example sentences, not the types' descriptions and single terms): the ones a
    /// record is compared with one by one in <see cref="Fill"/>.
    /// </summary>
    private static List<(string Text, bool IsExample)> PrototypeTexts(
        Touchpoint touchpoint,
        IReadOnlyList<TouchpointLink> links
    )
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        ArgumentNullException.ThrowIfNull(links);
        var texts = new List<(string, bool)> { (touchpoint.Name, true) };
        if (!string.IsNullOrWhiteSpace(touchpoint.Description))
        {
            texts.Add(($"{touchpoint.Name}: {touchpoint.Description}", true));
        }
        foreach (var link in links)
        {
            if (TouchpointKnowledge.Default.Find(link.TypeId) is not { } type)
            {
                continue;
            }
            texts.Add(($"{type.Name}: {type.Description}", false));
            texts.AddRange(type.Terms.Where(t => t.Weight >= StrongTerm).Select(t => (t.Text, false)));
            texts.AddRange(TouchpointExamples.For(type.Id).Select(e => (e, true)));
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
    /// The touchpoints of a record read by the full model, decided by the lexicon and meaning together: each catalog
    /// touchpoint gets a probability that the record is about it (<see cref="Probabilities"/>). The lexicon's
    /// touchpoints at <see cref="KeepProbability"/> or more stay, in the lexicon's order (so the primary is still the
    /// one <see cref="Apply"/> chose). In a text of one sentence, one below it is dropped with its cue (a weak word in
    /// a sentence about the business as a whole: "we went twice and were disappointed both times"). Where no lexicon
    /// touchpoint is left, meaning alone names the most probable at <see cref="KeepProbability"/> or more ("we cleared
    /// every plate" at a restaurant's Food): its mention spans the whole text with confidence ≤
    /// <see cref="FillConfidence"/>, a <c>touchpoint:</c> and a <c>meaning:touchpoint</c> cue cover the same span, and
    /// the annotation's confidence drops to at most 0.6, so the item says it is uncertain (a drop alone leaves the
    /// confidence as it was: what remains is the lexicon's). Texts of fewer than <see cref="FillMinWords"/> words,
    /// static-table vectors and records a model annotated come back unchanged; a touchpoint outside the catalog (a
    /// discovered theme) always stays.
    /// </summary>
    public Annotation Fill(Annotation annotation, ReadOnlySpan<float> vector, string? text)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        if (
            !_fills
            || _ids.Length < 2
            || string.IsNullOrWhiteSpace(text)
            || Words(text) < FillMinWords
            || annotation.Provenance != "offline"
            || TensorPrimitives.Norm(vector) == 0
        )
        {
            return annotation;
        }
        var probability = Probabilities(annotation.Touchpoints, vector);
        var lexicon = annotation.Touchpoints;
        // The lexicon's touchpoints that meaning confirms keep their order (the primary stays the one Apply chose). A text
        // of several sentences is one vector for several subjects: the whole can be far from a touchpoint one of its
        // sentences is about ("Fits perfectly and comfy. Then a surcharge at checkout."), so there meaning drops nothing.
        // Meaning alone names a touchpoint only where none is left: next to the lexicon's it added a second reading to
        // most long texts (an order-emails touchpoint to every delivery complaint of a shop).
        // A touchpoint outside the catalog (a discovered theme) is not meaning's to judge: it stays.
        var mentions = OneSentence(text)
            ? lexicon
                .Where(t =>
                    Array.IndexOf(_ids, t.TouchpointId) is var i && (i < 0 || probability[i] >= KeepProbability)
                )
                .ToList()
            : [.. lexicon];
        var added = Enumerable
            .Range(0, mentions.Count == 0 ? _ids.Length : 0)
            .Where(i => probability[i] >= KeepProbability)
            .OrderByDescending(i => probability[i])
            .ThenBy(i => i)
            .Take(1)
            .Select(i => _ids[i])
            .ToList();
        if (mentions.Count == lexicon.Count && added.Count == 0)
        {
            return annotation;
        }
        mentions.AddRange(
            added.Select(id => new TouchpointMention(
                id,
                Math.Round(Math.Min(FillConfidence, probability[Array.IndexOf(_ids, id)]), 3),
                0,
                text.Length
            ))
        );
        var dropped = lexicon
            .Select(t => t.TouchpointId)
            .Where(id => !mentions.Any(m => m.TouchpointId == id))
            .Select(id => CueLabels.Touchpoint + id)
            .ToHashSet(StringComparer.Ordinal);
        var cues = annotation.Cues.Where(c => !dropped.Contains(c.Label)).ToList();
        cues.AddRange(added.Select(id => new Cue(CueLabels.Touchpoint + id, 0, text.Length)));
        if (added.Count > 0)
        {
            cues.Add(new Cue(CueLabels.Meaning + "touchpoint", 0, text.Length));
        }
        return annotation with
        {
            Touchpoints = mentions,
            Cues = cues,
            Confidence = added.Count > 0 ? Math.Min(annotation.Confidence, UncertainAnnotation) : annotation.Confidence,
        };
    }

    /// <summary>
    /// For each catalog touchpoint, the probability that a record is about it: a logistic function of the lexicon's
    /// confidence in it (0 when the lexicon did not name it) and whether it named it, how much nearer the record is
    /// to the touchpoint's example sentences than to sentences about a business as a whole
    /// (<see cref="TouchpointExamples.Overall"/>), how far it leads the other touchpoints' examples, and its cosine to
    /// the touchpoint's centre (similarity to examples = mean cosine of the <see cref="NearestExamples"/> nearest).
    /// The weights were fitted on the project's seven terse training catalogs (evals/training; lab <c>tpfuse.py</c>),
    /// never on the sets scored.
    /// </summary>
    internal double[] Probabilities(IReadOnlyList<TouchpointMention> lexicon, ReadOnlySpan<float> vector)
    {
        var near = new double[_ids.Length];
        for (var i = 0; i < _ids.Length; i++)
        {
            near[i] = NearestMean(vector, _examples[i]);
        }
        var overall = NearestMean(vector, _overall);
        var centre = Similarities(vector);
        var probability = new double[_ids.Length];
        for (var i = 0; i < _ids.Length; i++)
        {
            var confidence = Confidence(lexicon, _ids[i]);
            // A touchpoint the lexicon named competes only with those it did not name: two named in one sentence
            // ("great food at a fair price") do not take each other's place.
            var other = double.NegativeInfinity;
            for (var j = 0; j < _ids.Length; j++)
            {
                if (j != i && (confidence == 0 || Confidence(lexicon, _ids[j]) == 0))
                {
                    other = Math.Max(other, near[j]);
                }
            }
            other = double.IsNegativeInfinity(other) ? overall : other;
            var z =
                Bias
                + LexiconConfidenceWeight * confidence
                + (confidence > 0 ? LexiconNamedWeight : 0)
                + OverallWeight * (near[i] - overall)
                + LeadWeight * (near[i] - other)
                + CentreWeight * centre[i];
            probability[i] = 1 / (1 + Math.Exp(-z));
        }
        return probability;
    }

    private static bool OneSentence(string text) => SentenceBreak().Split(text.Trim()).Count(s => s.Length > 0) <= 1;

    // After . ! ? followed by a space and a capital letter (not inside "3.5" or "e.g. the"), or at line breaks.
    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})|[\r\n]+")]
    private static partial Regex SentenceBreak();

    private static double Confidence(IReadOnlyList<TouchpointMention> mentions, string id)
    {
        var confidence = 0.0;
        foreach (var mention in mentions)
        {
            confidence = mention.TouchpointId == id ? Math.Max(confidence, mention.Confidence) : confidence;
        }
        return confidence;
    }

    private static double NearestMean(ReadOnlySpan<float> vector, float[][] examples)
    {
        if (examples.Length == 0)
        {
            return 0;
        }
        Span<double> best = stackalloc double[NearestExamples];
        best.Fill(double.NegativeInfinity);
        foreach (var example in examples)
        {
            double cosine = TensorPrimitives.Dot(vector, example);
            for (var k = 0; k < best.Length; k++)
            {
                if (cosine > best[k])
                {
                    (best[k], cosine) = (cosine, best[k]);
                }
            }
        }
        var count = Math.Min(NearestExamples, examples.Length);
        var sum = 0.0;
        for (var k = 0; k < count; k++)
        {
            sum += best[k];
        }
        return sum / count;
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
