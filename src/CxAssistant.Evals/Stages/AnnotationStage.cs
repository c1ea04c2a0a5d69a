using System.Text.Json.Nodes;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// Offline annotation: the deterministic annotator on every record of the case with the case's catalog.
/// Output: <c>{ annotations: [ { evidenceId, touchpoints, sentiment, sentimentLabel, intent, jobState, emotions, quotes
/// } ] }</c>.
/// <paramref name="decorate"/> wraps the annotator (used to prove that a degraded annotator fails the baseline).
/// </summary>
public sealed class AnnotationStage(Func<IAnnotator, IAnnotator>? decorate = null) : IEvalStage
{
    /// <inheritdoc />
    public string Name => "annotation";

    /// <inheritdoc />
    public Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        var annotations = Annotate(request, decorate, cancellationToken);
        var list = new JsonArray();
        for (var i = 0; i < annotations.Count; i++)
        {
            list.Add(StageJson.Annotation(annotations[i], request.Data.Records[i]));
        }
        return Task.FromResult(StageOutput.Offline(new JsonObject { ["annotations"] = list }));
    }

    /// <summary>
    /// The offline labels of a case's records, as <c>cx analyze</c> gives them: the stage's output, and what the model
    /// stage falls back to when the model's answer fails its checks.
    /// </summary>
    internal static IReadOnlyList<Annotation> Annotate(
        StageRequest request,
        Func<IAnnotator, IAnnotator>? decorate,
        CancellationToken cancellationToken
    )
    {
        ITouchpointMatcher matcher = request.Data.Catalog?.Matcher ?? NoTouchpointMatcher.Instance;
        // As in `cx analyze`: sentiment and job state read by meaning where the rules find no words, and the
        // lexicon's touchpoints ordered by meaning, by the encoder `cx analyze` would choose for the suite's records
        // read as one business (the full model when they fit its budget).
        var encoder = SuiteEncoders.For(request.Suite, cancellationToken);
        var offline = new OfflineAnnotator(matcher, encoder.Feedback);
        IAnnotator? decorated = decorate?.Invoke(offline);
        var meaning = request.Data.Catalog is { } catalog ? encoder.Touchpoints(catalog) : null;
        var vectors = encoder.Embed(
            [.. request.Data.Records.Select(r => MeaningSpace.Readable(r.Text))],
            cancellationToken
        );
        var annotations = new Annotation[request.Data.Records.Count];
        for (var i = 0; i < annotations.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = request.Data.Records[i];
            var annotation = decorated?.Annotate(record) ?? offline.Annotate(record, vectors[i]);
            if (meaning is not null)
            {
                annotation = meaning.Fill(meaning.Apply(annotation, vectors[i]), vectors[i], record.Text);
            }
            annotations[i] = annotation;
        }
        return annotations;
    }
}
