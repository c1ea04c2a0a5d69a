using System.Text.Json.Nodes;
using CxAssistant.Core.Annotations;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// Offline annotation: the deterministic annotator on every record of the case with the case's catalog.
/// Output: <c>{ annotations: [ { evidenceId, touchpoints, sentiment, sentimentLabel, intent, jobState, emotions, quotes } ] }</c>.
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
        IAnnotator annotator = new OfflineAnnotator(matcher);
        if (decorate is not null) annotator = decorate(annotator);
        var list = new JsonArray();
        foreach (var record in request.Data.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(StageJson.Annotation(annotator.Annotate(record), record));
        }
        return Task.FromResult(StageOutput.Offline(new JsonObject { ["annotations"] = list }));
    }
}
