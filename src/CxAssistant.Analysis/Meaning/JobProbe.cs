using System.Numerics.Tensors;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// A text's job state read from its vector by two logistic regressions trained on the project's own labelled examples
/// (<c>evals/training</c>, <c>evals/devset</c> language.dev and language.probe; <c>evals/public/lab/jobprobe.py</c>
/// writes <c>Resources/Meaning/job-probe.json</c>): whether the text asks the business for something, and which state a
/// request is in (information, service, blocker, cancel). One set of weights per encoder: a vector is only read by the
/// weights trained in its own space, and an encoder with none has no probe. The rules still find the request and its
/// words; the probe only decides between states. Immutable and thread-safe.
/// </summary>
public sealed class JobProbe
{
    private static readonly Lazy<IReadOnlyDictionary<string, JobProbe>> All = new(Load);

    private readonly Softmax _state;
    private readonly Softmax _request;

    internal JobProbe(Softmax state, Softmax request)
    {
        _state = state;
        _request = request;
    }

    /// <summary>The states the probe decides between.</summary>
    public IReadOnlyList<string> Classes => _state.Classes;

    /// <summary>The probe trained in <paramref name="modelId"/>'s space, or null when that encoder has none.</summary>
    public static JobProbe? For(string? modelId) =>
        modelId is not null && All.Value.TryGetValue(modelId, out var probe) ? probe : null;

    /// <summary>Each state's probability for a vector of the probe's space, in <see cref="Classes"/> order.</summary>
    public double[] Probabilities(ReadOnlySpan<float> vector) => _state.Probabilities(vector);

    /// <summary>The probability that the text asks the business for something (0 for a zero vector).</summary>
    public double Request(ReadOnlySpan<float> vector) =>
        TensorPrimitives.Norm(vector) == 0 ? 0 : _request.Probability(vector, "request");

    /// <summary>The most probable state, its probability and its lead over the next; null for a zero vector.</summary>
    public MeaningVote? Vote(ReadOnlySpan<float> vector)
    {
        if (TensorPrimitives.Norm(vector) == 0)
        {
            return null;
        }
        var classes = _state.Classes;
        var p = Probabilities(vector);
        if (p.Sum() == 0)
        {
            return null;
        }
        int best = 0,
            second = -1;
        for (var c = 1; c < p.Length; c++)
        {
            if (p[c] > p[best])
            {
                (second, best) = (best, c);
            }
            else if (second < 0 || p[c] > p[second])
            {
                second = c;
            }
        }
        var margin = second < 0 ? p[best] : p[best] - p[second];
        return new MeaningVote(classes[best], p[best], margin, $"job probe: {classes[best]} p={p[best]:0.00}")
        {
            Probabilities = classes.Zip(p).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal),
        };
    }

    private static IReadOnlyDictionary<string, JobProbe> Load()
    {
        var assembly = typeof(JobProbe).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Meaning.job-probe.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded resource Meaning/job-probe.json is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Parse(stream);
    }

    internal static IReadOnlyDictionary<string, JobProbe> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<ProbeFile>(json)
            ?? throw new InvalidDataException("job-probe.json is empty.");
        return file.Encoders.ToDictionary(
            e => e.Key,
            e => new JobProbe(
                Softmax.From(e.Value.State, e.Key + ".state"),
                Softmax.From(e.Value.Request, e.Key + ".request")
            ),
            StringComparer.Ordinal
        );
    }

    private sealed record ProbeFile(
        [property: JsonPropertyName("encoders")] Dictionary<string, EncoderProbes> Encoders
    );

    private sealed record EncoderProbes(
        [property: JsonPropertyName("state")] ProbeWeights? State,
        [property: JsonPropertyName("request")] ProbeWeights? Request
    );

    internal sealed record ProbeWeights(
        [property: JsonPropertyName("classes")] string[] Classes,
        [property: JsonPropertyName("weights")] float[][] Weights,
        [property: JsonPropertyName("bias")] float[] Bias
    );
}

/// <summary>A multinomial logistic regression: one weight row and bias per class, probabilities by softmax.</summary>
internal sealed class Softmax
{
    private readonly string[] _classes;
    private readonly float[][] _weights;
    private readonly float[] _bias;

    public Softmax(string[] classes, float[][] weights, float[] bias)
    {
        if (
            classes.Length < 2
            || weights.Length != classes.Length
            || bias.Length != classes.Length
            || weights.Any(w => w.Length != weights[0].Length)
        )
        {
            throw new InvalidDataException("Probe weights: classes, weights and bias must have one entry per class.");
        }
        (_classes, _weights, _bias) = (classes, weights, bias);
    }

    public string[] Classes => _classes;

    public static Softmax From(JobProbe.ProbeWeights? w, string name) =>
        w is null
            ? throw new InvalidDataException($"Probe weights: '{name}' is missing.")
            : new Softmax([.. w.Classes], [.. w.Weights.Select(r => r.ToArray())], [.. w.Bias]);

    /// <summary>
    /// Each class's probability; all zero for a vector of another dimension (another encoder's space).
    /// </summary>
    public double[] Probabilities(ReadOnlySpan<float> vector)
    {
        var scores = new double[_classes.Length];
        if (vector.Length != _weights[0].Length)
        {
            return scores;
        }
        var max = double.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = TensorPrimitives.Dot(vector, _weights[c]) + _bias[c];
            max = Math.Max(max, scores[c]);
        }
        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            sum += scores[c] = Math.Exp(scores[c] - max);
        }
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
        return scores;
    }

    public double Probability(ReadOnlySpan<float> vector, string label)
    {
        var k = Array.IndexOf(_classes, label);
        return k < 0
            ? throw new InvalidDataException($"job-probe.json: no class '{label}'.")
            : Probabilities(vector)[k];
    }
}
