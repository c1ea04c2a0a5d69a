using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using FunctionInvocationContext = Microsoft.SemanticKernel.FunctionInvocationContext;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// Token and cost accounting as a function invocation filter: every prompt function call of the run is written to the
/// run's <see cref="RunLedger"/> with its stage and attempt: the provider's reported usage when there is one, else
/// o200k counts; replayed answers marked cached (they cost nothing); a failed call with the tokens it tried to send.
/// </summary>
public sealed class LedgerFilter(RunLedger ledger, string model, string source) : IFunctionInvocationFilter
{
    /// <summary>The run's ledger.</summary>
    public RunLedger Ledger { get; } = ledger ?? throw new ArgumentNullException(nameof(ledger));

    /// <inheritdoc />
    public async Task OnFunctionInvocationAsync(
        FunctionInvocationContext context,
        Func<FunctionInvocationContext, Task> next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var stage = context.Arguments.TryGetValue(KernelArgumentNames.Stage, out var s) ? s?.ToString() : null;
        if (stage is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }
        var attempt = context.Arguments.TryGetValue(KernelArgumentNames.Attempt, out var a) && a is int n ? n : 0;
        var promptId =
            context.Arguments.TryGetValue(KernelArgumentNames.PromptId, out var id) && id is string text
                ? text
                : context.Function.Name;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Ledger.Add(new LedgerEntry(stage, promptId, model, Rendered(context), 0, Cached: false, source, attempt));
            throw;
        }
        var response = context.Result.GetValue<ChatResponse>();
        var input = (int?)response?.Usage?.InputTokenCount ?? Rendered(context);
        var output = (int?)response?.Usage?.OutputTokenCount ?? TokenCounter.Count(response?.Text ?? "");
        var cached = response is not null && PromptTags.IsCached(response);
        var origin = response is null ? null : PromptTags.OriginOf(response);
        Ledger.Add(new LedgerEntry(stage, promptId, model, input, output, cached, origin ?? source, attempt));
    }

    private static int Rendered(FunctionInvocationContext context) =>
        context.Arguments.TryGetValue(KernelArgumentNames.RenderedTokens, out var t) && t is int tokens ? tokens : 0;
}
