using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// What callers above the redaction gate may do with the response cache below it: accept or reject an answer and read
/// its counts. It is handed out through <see cref="IChatClient.GetService"/> in place of the cache itself, so no
/// chat client below the gate can be obtained from a gated pipeline.
/// </summary>
public interface IResponseCacheControl
{
    /// <summary>The prompts requests named, with their content hashes (for run manifests).</summary>
    IReadOnlyDictionary<string, string> Prompts { get; }

    /// <summary>
    /// Stores a fresh answer that passed its checks; false when it was replayed, rejected or unknown.
    /// </summary>
    Task<bool> AcceptAsync(ChatResponse response, CancellationToken cancellationToken = default);

    /// <summary>Drops an answer that failed its checks (and deletes a replayed one).</summary>
    Task RejectAsync(ChatResponse response, CancellationToken cancellationToken = default);
}
