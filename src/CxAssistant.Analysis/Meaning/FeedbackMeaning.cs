using System.Numerics.Tensors;
using YamlDotNet.Serialization;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// Reads what a record's words alone do not say: its sentiment lean and its job-state event, by meaning. Each class
/// has prototype sentences written for kinds of business (<c>Resources/Meaning/feedback.yaml</c>); a record's score
/// for a class is its mean cosine to the class's <see cref="Nearest"/> closest prototypes, so a class made of several
/// kinds of feedback (waiting, prices, broken goods) is matched by the kind the record resembles, not by their blur.
/// The annotator decides when a vote counts (the rules found nothing, the text asks for something) and records the
/// prototype that won as the cue's reason. Immutable and thread-safe once built.
/// </summary>
public sealed class FeedbackMeaning
{
    /// <summary>Prototypes averaged per class (the nearest few, not all: classes are heterogeneous).</summary>
    public const int Nearest = 3;

    private static readonly Lazy<FeedbackMeaning> Default = new(() =>
        new FeedbackMeaning(t => MeaningEncoder.Embed(t), MeaningEncoder.ModelId)
    );

    private readonly ClassPrototypes _sentiment;
    private readonly ClassPrototypes _jobs;
    private readonly JobProbe? _probe;
    private readonly SentimentProbe? _sentimentProbe;

    public FeedbackMeaning(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed)
        : this(Parse(ReadResource()), embed) { }

    /// <summary>
    /// Prototypes embedded by <paramref name="embed"/>, and the job-state probe trained in <paramref name="modelId"/>'s
    /// space when there is one (<see cref="JobProbe.For"/>): then a request's state is read by the probe, not the
    /// prototypes.
    /// </summary>
    public FeedbackMeaning(Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed, string? modelId)
        : this(Parse(ReadResource()), embed)
    {
        _probe = JobProbe.For(modelId);
        _sentimentProbe = SentimentProbe.For(modelId);
    }

    internal FeedbackMeaning(FeedbackPrototypes prototypes, Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed)
    {
        ArgumentNullException.ThrowIfNull(prototypes);
        ArgumentNullException.ThrowIfNull(embed);
        _sentiment = ClassPrototypes.Build(prototypes.Sentiment, embed);
        _jobs = ClassPrototypes.Build(prototypes.Job, embed);
    }

    /// <summary>The prototypes embedded by the process's shared encoder (built on first use).</summary>
    public static FeedbackMeaning Shared => Default.Value;

    /// <summary>The sentiment vote (negative, neutral, positive) of a unit vector; null for a zero vector.</summary>
    public MeaningVote? Sentiment(ReadOnlySpan<float> vector) => _sentiment.Vote(vector);

    /// <summary>
    /// The sentiment vote of the probe trained in this encoder's space (every class's probability); null without one.
    /// </summary>
    public MeaningVote? SentimentByProbe(ReadOnlySpan<float> vector) => _sentimentProbe?.Vote(vector);

    /// <summary>
    /// The job-state vote (information, service, blocker, cancel) of a unit vector: the trained probe's when this
    /// encoder has one (the vote then carries every state's probability), else the prototypes'; null for zero.
    /// </summary>
    public MeaningVote? Job(ReadOnlySpan<float> vector) =>
        _probe is not null ? _probe.Vote(vector) : _jobs.Vote(vector);

    /// <summary>
    /// The probability that a unit vector's text asks the business for something, by the trained probe; null when this
    /// encoder has none.
    /// </summary>
    public double? Request(ReadOnlySpan<float> vector) => _probe?.Request(vector);

    /// <summary>True when job state is read by a probe trained in this encoder's space.</summary>
    public bool HasJobProbe => _probe is not null;

    private static string ReadResource()
    {
        var assembly = typeof(FeedbackMeaning).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith(".Meaning.feedback.yaml", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Embedded resource Meaning/feedback.yaml is missing.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static FeedbackPrototypes Parse(string yaml)
    {
        var file = new DeserializerBuilder()
            .Build()
            .Deserialize<Dictionary<string, Dictionary<string, List<string>>>?>(yaml)
            ?? [];
        return new FeedbackPrototypes(Section(file, "sentiment"), Section(file, "job"));
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Section(
        Dictionary<string, Dictionary<string, List<string>>> file,
        string name
    ) =>
        file.TryGetValue(name, out var section) && section is not null
            ? section.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value ?? []], StringComparer.Ordinal)
            : throw new InvalidDataException($"feedback.yaml: the '{name}' section is missing.");

    /// <summary>Unit vectors of each class's prototypes, classes in file order.</summary>
    private sealed class ClassPrototypes(string[] classes, string[][] texts, float[][][] vectors)
    {
        public static ClassPrototypes Build(
            IReadOnlyDictionary<string, IReadOnlyList<string>> section,
            Func<IReadOnlyList<string>, IReadOnlyList<float[]>> embed
        )
        {
            var classes = section.Keys.ToArray();
            var texts = classes.Select(c => section[c].ToArray()).ToArray();
            var all = embed([.. texts.SelectMany(t => t)]);
            var vectors = new float[classes.Length][][];
            for (int c = 0, k = 0; c < classes.Length; c++)
            {
                vectors[c] = new float[texts[c].Length][];
                for (var p = 0; p < texts[c].Length; p++)
                {
                    vectors[c][p] = all[k++];
                }
            }
            return new ClassPrototypes(classes, texts, vectors);
        }

        public MeaningVote? Vote(ReadOnlySpan<float> vector)
        {
            if (TensorPrimitives.Norm(vector) == 0)
            {
                return null;
            }
            int best = -1,
                bestPrototype = -1;
            double bestScore = double.NegativeInfinity,
                second = double.NegativeInfinity;
            Span<float> top = stackalloc float[Nearest];
            for (var c = 0; c < classes.Length; c++)
            {
                top.Fill(float.NegativeInfinity);
                var closest = -1;
                for (var p = 0; p < vectors[c].Length; p++)
                {
                    var s = TensorPrimitives.Dot(vector, vectors[c][p]);
                    if (s > top[0])
                    {
                        closest = p;
                    }
                    Insert(top, s);
                }
                var score = Mean(top);
                if (score > bestScore)
                {
                    second = bestScore;
                    (best, bestScore, bestPrototype) = (c, score, closest);
                }
                else if (score > second)
                {
                    second = score;
                }
            }
            return best < 0
                ? null
                : new MeaningVote(classes[best], bestScore, bestScore - second, texts[best][bestPrototype]);
        }

        // Keeps top sorted descending.
        private static void Insert(Span<float> top, float s)
        {
            for (var i = 0; i < top.Length; i++)
            {
                if (s <= top[i])
                {
                    continue;
                }
                for (var j = top.Length - 1; j > i; j--)
                {
                    top[j] = top[j - 1];
                }
                top[i] = s;
                return;
            }
        }

        private static double Mean(ReadOnlySpan<float> top)
        {
            double sum = 0;
            var n = 0;
            foreach (var s in top)
            {
                if (float.IsNegativeInfinity(s))
                {
                    continue;
                }
                sum += s;
                n++;
            }
            return n == 0 ? double.NegativeInfinity : sum / n;
        }
    }
}

/// <summary>Prototype sentences per class, per question (sentiment, job state).</summary>
internal sealed record FeedbackPrototypes(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Sentiment,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Job
);

/// <summary>
/// A class chosen by meaning: its mean cosine to its nearest prototypes, the lead over the next class, and the
/// prototype closest to the record (the reason shown with the cue).
/// </summary>
public sealed record MeaningVote(string Label, double Score, double Margin, string Prototype)
{
    /// <summary>
    /// Every class's probability when a trained probe voted (Score and Margin are then probabilities).
    /// </summary>
    public IReadOnlyDictionary<string, double>? Probabilities { get; init; }
}

/// <summary>
/// A record's vector with the prototypes to read it by, asked only when a rule needs it (a vote costs a hundred dot
/// products; most records never need one). Default: nothing to read, every vote null.
/// </summary>
public readonly ref struct MeaningReader(FeedbackMeaning? meaning, ReadOnlySpan<float> vector)
{
    private readonly ReadOnlySpan<float> _vector = vector;

    public MeaningVote? Sentiment() => meaning is null || _vector.IsEmpty ? null : meaning.Sentiment(_vector);

    public MeaningVote? Job() => meaning is null || _vector.IsEmpty ? null : meaning.Job(_vector);

    public MeaningVote? SentimentByProbe() =>
        meaning is null || _vector.IsEmpty ? null : meaning.SentimentByProbe(_vector);

    /// <summary>The probability that the text asks for something (trained probe only); null without one.</summary>
    public double? Request() => meaning is null || _vector.IsEmpty ? null : meaning.Request(_vector);
}
