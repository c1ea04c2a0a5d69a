using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// A chat client for one provider and the label its responses carry: <c>model:&lt;id&gt;</c> for a real model,
/// <c>scripted</c> for a test double. Scripted output is never presented as a model's.
/// </summary>
public sealed record EvalModel(IChatClient Client, string ModelId, bool Scripted = false)
{
    /// <summary>The origin label written into cache entries and results.</summary>
    public string Origin => Scripted ? "scripted" : "model:" + ModelId;
}
