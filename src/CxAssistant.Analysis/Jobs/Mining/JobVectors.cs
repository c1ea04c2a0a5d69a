using CxAssistant.Analysis.Semantics;

namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// The vectors job phrases are grouped by: the meaning of verb + object (the clarifier is one customer's context, not
/// the job) with the verb added as an extra dimension of weight <c>w</c>. Two phrases with one verb then gain
/// w² / (1 + w²) of similarity and two with different verbs keep 1 / (1 + w²) of theirs, so "order drinks" and "have a
/// drink" group when their meaning is close, while "get the room" and "change the room" (the same thing, two jobs)
/// stay apart. Unit vectors, so centroid linkage and dot products work on them as on plain encodings.
/// </summary>
internal static class JobVectors
{
    public static float[][] Of(
        IReadOnlyList<PhraseGroup> phrases,
        ITextEncoder encoder,
        double verbWeight,
        IReadOnlySet<string> lightVerbs,
        CancellationToken cancellationToken
    )
    {
        var meaning = encoder.Encode([.. phrases.Select(p => JobWords.Clause(p.Phrase))], cancellationToken);
        var verbs = phrases
            .Select(p => p.Phrase.Verb.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Select((v, i) => (v, i))
            .ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);
        var result = new float[phrases.Count][];
        for (var i = 0; i < phrases.Count; i++)
        {
            var verb = phrases[i].Phrase.Verb.ToLowerInvariant();
            // A light verb says little of the job ("get going", "get a seat", "get food"): its object alone groups it.
            var weight = lightVerbs.Contains(verb) ? 0 : verbWeight;
            var scale = (float)(1 / Math.Sqrt(1 + weight * weight));
            var m = meaning[i];
            var v = new float[m.Length + verbs.Count];
            for (var d = 0; d < m.Length; d++)
            {
                v[d] = m[d] * scale;
            }
            v[m.Length + verbs[verb]] = (float)weight * scale;
            result[i] = v;
        }
        return result;
    }
}
