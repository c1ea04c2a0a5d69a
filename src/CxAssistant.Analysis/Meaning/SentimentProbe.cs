using System.Numerics.Tensors;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// A statement's sentiment read from its vector by a logistic regression (negative / neutral / positive) trained on the
/// project's own labelled examples (<c>evals/training</c>, <c>evals/devset</c> language.dev and language.probe;
/// <c>evals/public/lab/sentprobe.py</c> writes <c>Resources/Meaning/sentiment-probe.json</c>). One set of weights per
/// encoder, so a vector is only read in its own space; the static table has none. The annotator asks it only where the
/// rules leave a statement neutral: with no sentiment word (and the prototypes did not lean), or with words too weak or
/// too balanced for a verdict, and then only for a side the rules found a word of. It decides that statement's label
/// (neutral or a lean), cited by the whole statement with a <c>meaning:sentiment</c> cue, and never overrules a polar
/// label the rules found words for. Immutable and thread-safe.
/// </summary>
public sealed class SentimentProbe
{
    private static readonly Lazy<IReadOnlyDictionary<string, SentimentProbe>> All = new(Load);

    private readonly Softmax _softmax;

    internal SentimentProbe(Softmax softmax) => _softmax = softmax;

    /// <summary>The probe trained in <paramref name="modelId"/>'s space, or null when that encoder has none.</summary>
    public static SentimentProbe? For(string? modelId) =>
        modelId is not null && All.Value.TryGetValue(modelId, out var probe) ? probe : null;

    /// <summary>The most probable class and its probability (Score; Margin = lead over the next); null for zero.</summary>
    public MeaningVote? Vote(ReadOnlySpan<float> vector)
    {
        if (TensorPrimitives.Norm(vector) == 0)
        {
            return null;
        }
        var p = _softmax.Probabilities(vector);
        var classes = _softmax.Classes;
        var order = Enumerable.Range(0, p.Length).OrderByDescending(c => p[c]).ToArray();
        if (p[order[0]] == 0)
        {
            return null;
        }
        var best = order[0];
        return new MeaningVote(
            classes[best],
            p[best],
            p[best] - p[order[1]],
            $"sentiment probe: {classes[best]} p={p[best]:0.00}"
        )
        {
            Probabilities = classes.Zip(p).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal),
        };
    }

    private static IReadOnlyDictionary<string, SentimentProbe> Load()
    {
        var assembly = typeof(SentimentProbe).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Meaning.sentiment-probe.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded resource Meaning/sentiment-probe.json is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }

    internal static IReadOnlyDictionary<string, SentimentProbe> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<ProbeFile>(json)
            ?? throw new InvalidDataException("sentiment-probe.json is empty.");
        return file.Encoders.ToDictionary(
            e => e.Key,
            e => new SentimentProbe(Softmax.From(e.Value, e.Key)),
            StringComparer.Ordinal
        );
    }

    private sealed record ProbeFile(
        [property: JsonPropertyName("encoders")] Dictionary<string, JobProbe.ProbeWeights> Encoders
    );
}
