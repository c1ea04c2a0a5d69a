using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// A tool function whose citations restart at 1 on every call (for MCP clients, where each call stands alone).
/// </summary>
internal sealed class CallScopedFunction(AIFunction inner, ChatToolbox tools) : DelegatingAIFunction(inner)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override async ValueTask<object?> InvokeCoreAsync(
        AIFunctionArguments arguments,
        CancellationToken cancellationToken
    )
    {
        // One call at a time: the citation book is shared by the toolbox.
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            tools.BeginAnswer();
            return await base.InvokeCoreAsync(arguments, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
