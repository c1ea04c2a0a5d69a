using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using FunctionInvocationContext = Microsoft.SemanticKernel.FunctionInvocationContext;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// Logging without customer text: one line per kernel function call with the function, stage, attempt, tokens,
/// duration and outcome, never its arguments, prompt or answer. Semantic Kernel's own logging (which writes arguments,
/// rendered prompts and results at trace level) is not given the logger factory at all (<see cref="AgentKernel"/>).
/// </summary>
public sealed partial class CallLogFilter(ILogger logger) : IFunctionInvocationFilter
{
    /// <inheritdoc />
    public async Task OnFunctionInvocationAsync(
        FunctionInvocationContext context,
        Func<FunctionInvocationContext, Task> next
    )
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var stage = context.Arguments.TryGetValue(KernelArgumentNames.Stage, out var s) ? s?.ToString() ?? "-" : "-";
        var attempt = context.Arguments.TryGetValue(KernelArgumentNames.Attempt, out var a) && a is int n ? n : 0;
        var clock = Stopwatch.StartNew();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception's type only: provider messages can quote the request.
            Failed(logger, context.Function.Name, stage, attempt, clock.ElapsedMilliseconds, e.GetType().Name);
            throw;
        }
        var response =
            context.Result.ValueType == typeof(ChatResponse) ? context.Result.GetValue<ChatResponse>() : null;
        var usage = response?.Usage;
        Completed(
            logger,
            context.Function.Name,
            stage,
            attempt,
            clock.ElapsedMilliseconds,
            usage?.InputTokenCount ?? -1,
            usage?.OutputTokenCount ?? -1
        );
    }

    [LoggerMessage(
        EventId = 1701,
        Level = LogLevel.Information,
        Message = "Kernel function {Function} ({Stage}, attempt {Attempt}) took {Milliseconds} ms: "
            + "{Input} input + {Output} output tokens"
    )]
    private static partial void Completed(
        ILogger logger,
        string function,
        string stage,
        int attempt,
        long milliseconds,
        long input,
        long output
    );

    [LoggerMessage(
        EventId = 1702,
        Level = LogLevel.Warning,
        Message = "Kernel function {Function} ({Stage}, attempt {Attempt}) failed after {Milliseconds} ms: {Error}"
    )]
    private static partial void Failed(
        ILogger logger,
        string function,
        string stage,
        int attempt,
        long milliseconds,
        string error
    );
}
