namespace CxAssistant.Evals.Stages;

/// <summary>
/// The thing under test: given a case's inputs, produce an output (JSON) and its usage. Offline stages wrap the
/// deterministic annotators and drafters; <see cref="PromptStage"/> renders a prompt and asks a model.
/// Implementations are thread-safe: cases run concurrently.
/// </summary>
public interface IEvalStage
{
    /// <summary>The stage name suites refer to.</summary>
    string Name { get; }

    /// <summary>
    /// Runs the stage on one case's inputs. Failures are returned as <see cref="StageOutput.Error"/>, not thrown.
    /// </summary>
    Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default);
}
