using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Models;

/// <summary>
/// The renderer used until the prompt library is connected: every render fails with a message saying so.
/// </summary>
public sealed class UnavailablePromptRenderer : IPromptRenderer
{
    /// <inheritdoc />
    public RenderedPrompt Render(string promptId, JsonObject inputs) =>
        throw new PromptRenderException(
            $"prompt '{promptId}' cannot be rendered: the prompt library "
                + $"(PromptCatalog) is not connected to the eval harness yet."
        );
}
