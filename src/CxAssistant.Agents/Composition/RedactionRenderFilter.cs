using CxAssistant.Agents.Privacy;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// The redaction gate as a prompt render filter: every prompt function of the kernel is rendered, then every message
/// of it goes through <see cref="PiiGate"/> before the kernel sends it anywhere, so no prompt can reach a model
/// unredacted. The chat client's own gate (<see cref="RedactingChatClient"/>) stays: it also covers what does not
/// pass a prompt template (tool results, chat turns), and redacting text that is already redacted changes nothing.
/// </summary>
public sealed class RedactionRenderFilter(PiiGate gate) : IPromptRenderFilter
{
    /// <summary>The gate (its counts say what was replaced).</summary>
    public PiiGate Gate { get; } = gate ?? throw new ArgumentNullException(nameof(gate));

    /// <inheritdoc />
    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next(context).ConfigureAwait(false);
        if (context.RenderedPrompt is { Length: > 0 } rendered)
        {
            context.RenderedPrompt = ChatPromptMarkup.Rewrite(rendered, Gate.Redact);
        }
    }
}
