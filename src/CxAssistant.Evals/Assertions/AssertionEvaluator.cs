using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Base of every assertion: an <see cref="IEvaluator"/> producing one <see cref="NumericMetric"/> named after the
/// assertion type (value 0–1, reason, interpretation against the threshold). A failure to evaluate becomes an error
/// diagnostic with no value, so it can never be read as a score.
/// </summary>
public abstract class AssertionEvaluator : IEvaluator
{
    /// <summary>Metadata keys on the metric.</summary>
    public const string SkippedKey = "cx.skipped";

    /// <summary>The assertion type suites use.</summary>
    public abstract string Type { get; }

    /// <summary>The default threshold when the suite gives none.</summary>
    public virtual double DefaultThreshold => 1.0;

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames => [Type];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default
    )
    {
        var metric = new NumericMetric(Type);
        var context = additionalContext?.OfType<CaseContext>().FirstOrDefault();
        if (context is null)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"{Type}: no case context was supplied."));
            return new EvaluationResult(metric);
        }
        try
        {
            var outcome = await EvaluateAsync(context, chatConfiguration, cancellationToken).ConfigureAwait(false);
            metric.Reason = outcome.Reason;
            foreach (var (k, v) in outcome.Details)
            {
                metric.AddOrUpdateMetadata(k, v);
            }
            if (outcome.Skipped)
            {
                metric.AddOrUpdateMetadata(SkippedKey, "true");
                return new EvaluationResult(metric);
            }
            metric.Value = outcome.Score;
            var threshold = context.Spec.Threshold ?? DefaultThreshold;
            var failed = outcome.Score < threshold;
            metric.Interpretation = new EvaluationMetricInterpretation(
                failed ? EvaluationRating.Unacceptable
                    : outcome.Score >= 0.999 ? EvaluationRating.Exceptional
                    : EvaluationRating.Good,
                failed,
                failed ? $"{outcome.Score:0.###} < threshold {threshold:0.###}" : null
            );
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever went wrong, the case gets an error, never a score, and the run goes on.
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"{Type}: {e.Message}"));
        }
        return new EvaluationResult(metric);
    }

    /// <summary>Evaluates one case; throw <see cref="AssertionException"/> when it cannot be evaluated.</summary>
    protected abstract ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    );
}
