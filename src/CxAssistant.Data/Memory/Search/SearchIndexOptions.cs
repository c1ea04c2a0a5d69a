using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// How a workspace's search index is built: which embedding model, which vector store, and which catalog tags chunks.
/// Built from configuration section <c>CxAssistant:VectorStore</c> by the entry points (Agents' WorkspaceSearch); the
/// defaults are the fully offline set-up.
/// </summary>
public sealed record SearchIndexOptions
{
    public static SearchIndexOptions Offline { get; } = new();

    /// <summary>The embedding model; null means the shared local sentence encoder (offline, 384 dimensions).</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; init; }

    /// <summary>Vector length the model returns; null reads it from the generator's metadata (else 384).</summary>
    public int? Dimensions { get; init; }

    /// <summary>
    /// A vector store outside the workspace folder (Qdrant) that holds the chunks, their vectors and their keyword
    /// index,
    /// searched with its own hybrid query; null keeps them in the workspace (embedded vectors + SQLite FTS5). Its
    /// collections must implement <see cref="Microsoft.Extensions.VectorData.IKeywordHybridSearchable{TRecord}"/>.
    /// </summary>
    public Microsoft.Extensions.VectorData.VectorStore? Store { get; init; }

    /// <summary>The collection in <see cref="Store"/> that holds this workspace's chunks.</summary>
    public string StoreCollectionName { get; init; } = "cx-evidence";

    /// <summary>Tags chunks with touchpoints and sentiment so search can filter by them; null stores no tags.</summary>
    public EvidenceTagger? Tagger { get; init; }

    /// <summary>
    /// A tagger still being built (the catalog is being chosen); used instead of <see cref="Tagger"/> when set. A
    /// refresh of
    /// an empty index redacts and chunks while it completes and tags afterwards, with the same result.
    /// </summary>
    public Task<EvidenceTagger>? PendingTagger { get; init; }
}
