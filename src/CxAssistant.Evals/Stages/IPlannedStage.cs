using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// A model stage that can say, without sending anything, which requests it would make for a case, so
/// <c>cx eval run --dry-run</c> counts the calls and tokens of the product's own model path rather than of a prompt
/// rendered with the suite's variables.
/// </summary>
public interface IPlannedStage
{
    /// <summary>
    /// The first-attempt requests for one case (repairs, when answers fail their checks, come on top).
    /// </summary>
    Task<IReadOnlyList<PlannedRequest>> PlanAsync(StageRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// One planned request: the messages, the output cap, and the options when they are known before the call (then the
/// dry run can tell whether the response cache already answers it).
/// </summary>
public sealed record PlannedRequest(
    IReadOnlyList<ChatMessage> Messages,
    int MaxOutputTokens,
    ChatOptions? Options = null
);
