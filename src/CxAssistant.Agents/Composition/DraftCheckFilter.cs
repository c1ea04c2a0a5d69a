using CxAssistant.Agents.Drafting;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using FunctionInvocationContext = Microsoft.SemanticKernel.FunctionInvocationContext;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// The claim and grounding checks as one function invocation filter: every drafting function the kernel runs with a
/// check (<see cref="KernelArgumentNames.Check"/>, an <see cref="IDraftCheck"/> carrying the agent's own labels,
/// evidence ids and figures) has its answer parsed and checked here, and the verdict put back into the call's arguments
/// (<see cref="KernelArgumentNames.Verdict"/>) for the repair loop, which decides to accept, repair or fall back.
/// The filter never changes the answer, so the ledger and the response cache see the call as the model made it.
/// </summary>
public sealed class DraftCheckFilter : IFunctionInvocationFilter
{
    /// <inheritdoc />
    public async Task OnFunctionInvocationAsync(
        FunctionInvocationContext context,
        Func<FunctionInvocationContext, Task> next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (context.Arguments.TryGetValue(KernelArgumentNames.Check, out var value) && value is IDraftCheck check)
        {
            var response = context.Result.GetValue<ChatResponse>();
            context.Arguments[KernelArgumentNames.Verdict] = check.Judge(response?.Text ?? "");
        }
    }
}
