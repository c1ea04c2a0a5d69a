using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Evals.Suites;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// The encoder an annotation suite is read with: the one `cx analyze` would choose for all the suite's record texts
/// read as one business (<see cref="MeaningEncoder.ChooseFor"/>), so a suite of a few thousand sentences is measured
/// with the full model and a suite over its budget with the static table, as the product would read them. The
/// prototypes (feedback kinds, each catalog's touchpoint centres) are embedded once per suite by the same encoder.
/// </summary>
internal sealed class SuiteEncoders
{
    private static readonly ConditionalWeakTable<EvalSuite, SuiteEncoders> BySuite = [];

    private readonly IEmbeddingGenerator<string, Embedding<float>> _encoder;
    private readonly ConcurrentDictionary<ResolvedCatalog, Lazy<TouchpointMeaning>> _touchpoints = new();

    private SuiteEncoders(EncoderChoice choice)
    {
        _encoder = choice.Encoder;
        Feedback = choice.IsFull
            ? new FeedbackMeaning(t => Embed(t), _encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId)
            : FeedbackMeaning.Shared;
    }

    /// <summary>Feedback prototypes in this encoder's space.</summary>
    public FeedbackMeaning Feedback { get; }

    public static SuiteEncoders For(EvalSuite suite, CancellationToken cancellationToken) =>
        BySuite.GetValue(suite, s => new SuiteEncoders(
            MeaningEncoder.ChooseFor(
                [.. s.Cases.SelectMany(c => c.Inputs.Records).Select(r => r.Text ?? string.Empty)],
                cancellationToken
            )
        ));

    /// <summary>Touchpoint attribution by meaning for a catalog, its centres embedded once by this encoder.</summary>
    public TouchpointMeaning Touchpoints(ResolvedCatalog catalog) =>
        _touchpoints
            .GetOrAdd(catalog, c => new Lazy<TouchpointMeaning>(() =>
                new TouchpointMeaning(
                    c.Catalog,
                    t => Embed(t),
                    _encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
                )
            ))
            .Value;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [
            .. _encoder
                .GenerateAsync(texts, cancellationToken: cancellationToken)
                .GetAwaiter()
                .GetResult()
                .Select(e => e.Vector.ToArray()),
        ];
}
