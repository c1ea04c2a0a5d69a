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
        ITouchpointMatcher matcher = request.Data.Catalog?.Matcher ?? NoTouchpointMatcher.Instance;
        // As in `cx analyze`: sentiment and job state read by meaning where the rules find no words, and the
        // lexicon's touchpoints ordered by meaning, by the encoder `cx analyze` would choose for the suite's records
        // read as one business (the full model when they fit its budget).
        var encoder = SuiteEncoders.For(request.Suite, cancellationToken);
        var offline = new OfflineAnnotator(matcher, encoder.Feedback);
        IAnnotator? decorated = decorate?.Invoke(offline);
        var list = new JsonArray();
        var meaning = request.Data.Catalog is { } catalog ? encoder.Touchpoints(catalog) : null;
        var vectors = encoder.Embed(
            [.. request.Data.Records.Select(r => MeaningSpace.Readable(r.Text))],
            cancellationToken
        );
        for (var i = 0; i < request.Data.Records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = request.Data.Records[i];
            var annotation = decorated?.Annotate(record) ?? offline.Annotate(record, vectors[i]);
            if (meaning is not null)
            {
                annotation = meaning.Fill(meaning.Apply(annotation, vectors[i]), vectors[i], record.Text);
            }
            list.Add(StageJson.Annotation(annotation, record));
        }
        return Task.FromResult(StageOutput.Offline(new JsonObject { ["annotations"] = list }));
    }
}
