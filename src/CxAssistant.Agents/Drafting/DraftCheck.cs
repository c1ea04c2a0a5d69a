using System.Runtime.ExceptionServices;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// The claim and grounding check a drafting call's answer must pass, handed to the kernel with the call
/// (<see cref="Composition.KernelArgumentNames.Check"/>) and run by the kernel's
/// <see cref="Composition.DraftCheckFilter"/>.
/// Each agent supplies its own rules (its allowed labels, the evidence ids and figures it gave the model); the filter
/// is
/// the one place they run.
/// </summary>
public interface IDraftCheck
{
    /// <summary>Parses the answer's text and checks it.</summary>
    DraftVerdict Judge(string answerText);
}

/// <summary>
/// A checked answer: the parsed answer (null when it was not JSON of the requested shape), the artifact built from it
/// and the findings (empty = accepted). A check that threw keeps its exception, which the repair loop rethrows: a bug
/// in a check must not pass for a bad answer.
/// </summary>
public sealed record DraftVerdict(object? Answer, object? Artifact, IReadOnlyList<Finding> Findings)
{
    /// <summary>The exception the check threw, if it did.</summary>
    public ExceptionDispatchInfo? Crash { get; init; }

    /// <summary>True when the answer passed every check.</summary>
    public bool Passed => Findings.Count == 0 && Artifact is not null && Crash is null;
}

/// <summary>
/// An agent's check over its typed answer <typeparamref name="TAnswer"/>, building <typeparamref name="TArtifact"/>.
/// </summary>
public sealed class DraftCheck<TAnswer, TArtifact>(Func<TAnswer, Checked<TArtifact>> check) : IDraftCheck
    where TAnswer : class
    where TArtifact : class
{
    /// <inheritdoc />
    public DraftVerdict Judge(string answerText)
    {
        var answer = ModelSession.Parse<TAnswer>(answerText);
        if (answer is null)
        {
            return new DraftVerdict(
                null,
                null,
                [new Finding(RepairLoop.SchemaCheck, "the answer was not JSON of the requested shape")]
            );
        }
        Checked<TArtifact> result;
        try
        {
            result = check(answer);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new DraftVerdict(answer, null, [new Finding("check", e.Message)])
            {
                Crash = ExceptionDispatchInfo.Capture(e),
            };
        }
        IReadOnlyList<Finding> findings =
            result.Findings.Count == 0 && result.Artifact is null
                ? [new Finding(RepairLoop.SchemaCheck, "the answer was empty")]
                : result.Findings;
        return new DraftVerdict(answer, result.Artifact, findings);
    }
}
