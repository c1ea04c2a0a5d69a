using CxAssistant.Analysis.Meaning;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;
using CxAssistant.Core.Touchpoints;
using CxAssistant.LocalModel;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>Reads every record's meaning once per run (see <see cref="MeaningSpace"/>), with progress.</summary>
internal static class MeaningStage
{
    public const string Preparing = "Preparing the local language model (once on this machine)";
    public const string Reading = "Reading meaning";

    public const string ReadingFull = "Reading meaning (full language model)";

    /// <summary>
    /// Every record's vector. With no encoder given, the full transformer reads a business small enough for its budget
    /// (<see cref="MeaningEncoder.ChooseFor"/>) and the static table any larger one; <paramref name="choice"/> says
    /// which. <paramref name="screened"/> holds every record's payload spans, for the annotator.
    /// </summary>
    public static MeaningSpace Run(
        IReadOnlyList<EvidenceRecord> records,
        IEmbeddingGenerator<string, Embedding<float>>? encoder,
        IProgress<PipelineProgress>? progress,
        CancellationToken cancellationToken,
        out string? choice,
        out ScreenedTexts screened
    )
    {
        choice = null;
        var stage = Reading;
        int? parallelism = null;
        if (encoder is null)
        {
            // The first run on a machine distils the encoder's table (tens of seconds): say so, with a count, rather
            // than sit silent; later runs read it from the cache in about half a second. The table is needed either
            // way (search, the preset choice).
            var firstRun = MeaningEncoder.IsCached
                ? null
                : new Reporter(n =>
                    progress?.Report(new PipelineProgress(Preparing, n, MiniLmResources.VocabularySize))
                );
            encoder = MeaningEncoder.SharedAsync(firstRun, cancellationToken).GetAwaiter().GetResult();
            // Sized on the raw texts: an estimate needs no payload screening (which would read every record twice).
            var chosen = MeaningEncoder.ChooseFor([.. records.Select(r => r.Text ?? string.Empty)], cancellationToken);
            encoder = chosen.Encoder;
            choice = chosen.Describe();
            if (chosen.IsFull)
            {
                (stage, parallelism) = (ReadingFull, 1);
            }
        }
        progress?.Report(new PipelineProgress(stage, 0, records.Count));
        screened = Screen(records, cancellationToken);
        return MeaningSpace.FromReadable(
            screened.Readable,
            encoder,
            new Reporter(n => progress?.Report(new PipelineProgress(stage, n, records.Count))),
            cancellationToken,
            parallelism
        );
    }

    /// <summary>
    /// Screens every record's text once (<see cref="PayloadScreen.Find"/>, in parallel): the spans for the annotator
    /// and the text meaning is read from (<see cref="MeaningSpace.Readable"/>).
    /// </summary>
    public static ScreenedTexts Screen(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken)
    {
        var payloads = new IReadOnlyList<PayloadScreen.Span>[records.Count];
        var readable = new string[records.Count];
        const int chunk = 1024;
        Parallel.For(
            0,
            (records.Count + chunk - 1) / chunk,
            new ParallelOptions { CancellationToken = cancellationToken },
            c =>
            {
                var end = Math.Min(records.Count, (c + 1) * chunk);
                for (var i = c * chunk; i < end; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var text = records[i].Text ?? string.Empty;
                    var payload = PayloadScreen.Find(text);
                    payloads[i] = payload.Count == 0 ? [] : payload;
                    readable[i] = PayloadScreen.Mask(text, payload);
                }
            }
        );
        return new ScreenedTexts(payloads, readable);
    }

    /// <summary>
    /// Orders each record's lexicon touchpoints by meaning (see <see cref="TouchpointMeaning"/>); returns the catalog's
    /// meaning for <see cref="FillTouchpoints"/>.
    /// </summary>
    public static TouchpointMeaning AttributeTouchpoints(
        IReadOnlyList<EvidenceRecord> records,
        Annotation[] annotations,
        TouchpointCatalog catalog,
        MeaningSpace meaning,
        CancellationToken cancellationToken
    )
    {
        var touchpoints = new TouchpointMeaning(catalog, meaning.Embed, meaning.ModelId);
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            annotations[i] = touchpoints.Apply(annotations[i], meaning.Vector(i))
        );
        return touchpoints;
    }

    /// <summary>
    /// Records still without a touchpoint (after discovery, so discovery reads the same records as before) take the
    /// catalog touchpoint they clearly mean, where the full model read them (see <see cref="TouchpointMeaning.Fill"/>).
    /// </summary>
    public static void FillTouchpoints(
        IReadOnlyList<EvidenceRecord> records,
        Annotation[] annotations,
        TouchpointMeaning touchpoints,
        MeaningSpace meaning,
        CancellationToken cancellationToken
    )
    {
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            annotations[i] = touchpoints.Fill(annotations[i], meaning.Vector(i), records[i].Text)
        );
    }

    /// <summary>
    /// Synchronous progress (Progress&lt;T&gt; would post to the thread pool and report out of order).
    /// </summary>
    private sealed class Reporter(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}

/// <summary>Every record's payload spans and the text its meaning is read from (see <see cref="MeaningStage.Screen"/>).</summary>
internal sealed record ScreenedTexts(IReadOnlyList<PayloadScreen.Span>[] Payloads, string[] Readable);
