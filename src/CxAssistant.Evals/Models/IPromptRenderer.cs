using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Models;

/// <summary>
/// Renders a prompt from the prompt library with a case's inputs. The PromptCatalog in CxAssistant.Agents
/// implements this after the merge; until then <see cref="UnavailablePromptRenderer"/> says so.
/// </summary>
public interface IPromptRenderer
{
    /// <summary>
    /// Renders <paramref name="promptId"/> (<c>name</c> or <c>name@version</c>) with <paramref name="inputs"/>
    /// (records, catalog, survey, variables).
    /// </summary>
    /// <exception cref="PromptRenderException">The prompt is unknown or an input is missing.</exception>
    RenderedPrompt Render(string promptId, JsonObject inputs);
}
