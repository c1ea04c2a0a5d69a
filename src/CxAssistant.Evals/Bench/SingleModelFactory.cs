using CxAssistant.Evals.Models;

namespace CxAssistant.Evals.Bench;

/// <summary>
/// A factory that hands out one client for every provider (benchmarks, tests, scripted recordings) and an optional
/// judge.
/// </summary>
public sealed class SingleModelFactory(EvalModel model, EvalModel? judge = null) : IEvalModelFactory
{
    /// <inheritdoc />
    public EvalModel? Create(string provider) => model;

    /// <inheritdoc />
    public EvalModel? CreateJudge() => judge;
}
