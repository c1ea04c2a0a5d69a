namespace CxAssistant.Evals.Models;

/// <summary>
/// Supplies chat clients for the providers <c>azure</c>, <c>openai</c>, <c>ollama</c> (and a judge). The provider
/// factories in CxAssistant.Agents/Providers implement this after the merge; <see cref="UnconfiguredModelFactory"/>
/// until then.
/// </summary>
public interface IEvalModelFactory
{
    /// <summary>The client for <paramref name="provider"/>, or null when it is not configured.</summary>
    EvalModel? Create(string provider);

    /// <summary>The judge for model-graded assertions, or null when none is configured.</summary>
    EvalModel? CreateJudge();

    /// <summary>
    /// Why <paramref name="provider"/> could not be created (the settings to fix), or null when unknown.
    /// </summary>
    string? Problem(string provider) => null;
}
