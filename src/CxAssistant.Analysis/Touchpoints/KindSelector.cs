using System.Text.RegularExpressions;
using CxAssistant.Analysis.Semantics;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Chooses the preset by what the feedback is about, not by which keyword list matches most texts. Each kind of
/// business (<see cref="BusinessKinds"/>) is described by generic example sentences and its preset's touchpoint
/// descriptions; a sample of the customers' sentences is embedded, each sentence votes for the kind its three nearest
/// examples are closest to, weighted by its lead over the next kind (a sentence that fits every kind, "great service",
/// hardly counts). Sentences, not whole records, vote: a long review is about many things. The "none" kind (chatter,
/// news, sport) takes the votes of text that is about no business. Measured on public data in evals/public.
/// </summary>
public static partial class KindSelector
{
    public const int SampleRecords = 2000,
        MaxSentences = 4000,
        Nearest = 3;

    public static KindChoice Choose(
        IEnumerable<string> texts,
        ITextEncoder encoder,
        CancellationToken cancellationToken = default
    ) => Choose(texts, encoder, BusinessKinds.All, BusinessKinds.Generic, cancellationToken);

    /// <summary>
    /// As <see cref="Choose(IEnumerable{string}, ITextEncoder, CancellationToken)"/>, over the given kinds and
    /// generic sentences (those that could be about any business: a customer's sentence nearer them than every kind
    /// casts no vote, and a sentence's vote is at most its lead over them).
    /// </summary>
    internal static KindChoice Choose(
        IEnumerable<string> texts,
        ITextEncoder encoder,
        IReadOnlyList<BusinessKind> kinds,
        IReadOnlyList<string> generic,
        CancellationToken cancellationToken = default
    )
    {
        var all = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var sample =
            all.Count <= SampleRecords
                ? all
                : [.. Enumerable.Range(0, SampleRecords).Select(i => all[(int)((long)i * all.Count / SampleRecords)])];
        var units = sample.SelectMany(Sentences).Take(MaxSentences).ToList();
        var examples = kinds
            .Select(k =>
                k.Examples.Concat(Presets.TryGet(k.Preset, out var c) ? c.Touchpoints.Select(t => t.Description) : [])
                    .ToList()
            )
            .Append([.. generic])
            .ToList();
        var exampleVectors = encoder.Encode([.. examples.SelectMany(e => e)], cancellationToken);
        var vectors = encoder.Encode(units, cancellationToken);
        var votes = new double[kinds.Count];
        var best = new List<(int Kind, double Margin, int Unit)>();
        // The last class is the generic one: it takes no votes.
        var scores = new double[examples.Count];
        var anyBusiness = 0;
        for (var u = 0; u < vectors.Length; u++)
        {
            if ((u & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var offset = 0;
            for (var k = 0; k < examples.Count; k++)
            {
                scores[k] =
                    examples[k].Count == 0
                        ? double.NegativeInfinity
                        : Enumerable
                            .Range(offset, examples[k].Count)
                            .Select(e =>
                                (double)System.Numerics.Tensors.TensorPrimitives.Dot(vectors[u], exampleVectors[e])
                            )
                            .OrderByDescending(s => s)
                            .Take(Nearest)
                            .Average();
                offset += examples[k].Count;
            }
            var order = Enumerable.Range(0, kinds.Count).OrderByDescending(k => scores[k]).ThenBy(k => k).ToArray();
            var anyScore = scores[kinds.Count];
            // A sentence that could be about any business ("very nice app, easy to use") says nothing of this one.
            if (anyScore >= scores[order[0]])
            {
                anyBusiness++;
                continue;
            }
            var margin = scores[order[0]] - Math.Max(scores[order[1]], anyScore);
            votes[order[0]] += margin;
            best.Add((order[0], margin, u));
        }
        return Decide(kinds, votes, best, units, anyBusiness);
    }

    private static KindChoice Decide(
        IReadOnlyList<BusinessKind> kinds,
        double[] votes,
        List<(int Kind, double Margin, int Unit)> best,
        List<string> units,
        int anyBusiness
    )
    {
        var total = Math.Max(1e-9, votes.Sum());
        var ranked = Enumerable.Range(0, kinds.Count).OrderByDescending(k => votes[k]).ThenBy(k => k).ToList();
        var real = ranked.Where(k => !kinds[k].IsNone).ToList();
        var winner = ranked[0];
        var chosen = kinds[winner].IsNone ? real[0] : winner;
        var next = ranked.First(k => k != chosen);
        var share = votes[chosen] / total;
        var ratio = votes[chosen] / Math.Max(1e-9, votes[next]);
        var confidence =
            units.Count == 0 || kinds[winner].IsNone ? KindConfidence.NoneFits
            : share >= 0.45 && ratio >= 2 ? KindConfidence.High
            : share >= 0.25 && ratio >= 1.4 ? KindConfidence.Moderate
            : KindConfidence.Low;
        // Whole sentences of a few words read best as evidence; fragments ("api") and run-ons only when nothing else.
        var evidence = best.Where(b => b.Kind == chosen)
            .OrderBy(b => units[b.Unit].Split(' ').Length is >= 5 and <= 20 ? 0 : 1)
            .ThenByDescending(b => b.Margin)
            .ThenBy(b => b.Unit)
            .Select(b => units[b.Unit])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(3)
            .ToList();
        return new KindChoice(
            kinds[chosen].Preset,
            share,
            kinds[next].Preset,
            votes[next] / total,
            confidence,
            evidence,
            units.Count
        )
        {
            AnyBusiness = anyBusiness,
        };
    }

    /// <summary>
    /// Sentences of a text, long ones cut into windows of at most 25 words (text without punctuation runs on).
    /// </summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        foreach (var sentence in SentenceBreak().Split(text))
        {
            var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 3)
            {
                continue;
            }
            for (var i = 0; i < words.Length; i += 20)
            {
                yield return string.Join(' ', words.Skip(i).Take(25));
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+|\n+")]
    private static partial Regex SentenceBreak();
}
