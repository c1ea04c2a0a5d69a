namespace CxAssistant.Evals.Models;

/// <summary>No model providers: every model provider is "not configured" and there is no judge.</summary>
public sealed class UnconfiguredModelFactory : IEvalModelFactory
{
    /// <inheritdoc />
    public EvalModel? Create(string provider) => ScriptedModels.Create(provider);

    /// <inheritdoc />
    public EvalModel? CreateJudge() => null;
}
