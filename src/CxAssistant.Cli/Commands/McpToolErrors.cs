using Microsoft.Extensions.AI;
using ModelContextProtocol;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// Passes a tool's argument error to the MCP client as its message ("No touchpoint called 'x'. The touchpoints are:
/// …"): the SDK shows only the text of an <see cref="McpException"/> and hides every other exception behind "An error
/// occurred invoking 'what_if'.", which leaves the client no way to ask again with a valid value.
/// </summary>
internal sealed class McpToolErrors(AIFunction inner) : DelegatingAIFunction(inner)
{
    protected override async ValueTask<object?> InvokeCoreAsync(
        AIFunctionArguments arguments,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return await base.InvokeCoreAsync(arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new McpException(e.Message, e);
        }
    }
}
