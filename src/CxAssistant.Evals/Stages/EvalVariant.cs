using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// One column of the matrix: a provider and, for model stages, a prompt id and the chat client to ask
/// (already wrapped in the response cache). The offline variant has neither.
/// </summary>
public sealed record EvalVariant(
    string Provider,
    string? Prompt = null,
    string? Model = null,
    IChatClient? Client = null
)
{
    /// <summary>The offline variant.</summary>
    public static readonly EvalVariant Offline = new("offline");

    /// <summary>Stable id: <c>offline</c> or <c>prompt|provider</c>.</summary>
    public string Id => Prompt is null ? Provider : $"{Prompt}|{Provider}";

    /// <summary>True when the variant asks a model (live, recorded or replayed).</summary>
    public bool UsesModel => Provider != "offline";
}
