using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// A chat client for one provider and the label its responses carry: <c>model:&lt;id&gt;</c> for a real model,
/// <c>scripted</c> for a test double. Scripted output is never presented as a model's. <see cref="WithResponseCache"/>,
/// when the provider pipeline can take one, builds the client with the response cache at its agreed place (below the
/// redaction gate); otherwise the harness puts the cache in front of <see cref="Client"/>.
/// </summary>
public sealed record EvalModel(IChatClient Client, string ModelId, bool Scripted = false)
{
    /// <summary>The origin label written into cache entries and results.</summary>
    public string Origin => Scripted ? "scripted" : "model:" + ModelId;

    /// <summary>
    /// Builds the provider's client with a response-cache layer inserted below the redaction gate, or null.
    /// </summary>
    public Func<Func<IChatClient, IChatClient>, IChatClient?>? WithResponseCache { get; init; }
}
