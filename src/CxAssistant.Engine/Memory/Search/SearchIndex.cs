using CxAssistant.Core.Evidence;
using CxAssistant.Engine.Memory.Embedded;
using CxAssistant.Engine.Memory.Embeddings;
using CxAssistant.Engine.Workspace;
using Microsoft.Extensions.AI;

namespace CxAssistant.Engine.Memory.Search;

/// <summary>
/// The search indexes of one workspace folder: <c>search.db</c> (chunk catalogue + FTS5), <c>vectors/evidence.cxvec</c>
/// (embedded vector store) and <c>embeddings.db</c> (embedding cache). Refresh is incremental by chunk id: chunks already
/// catalogued are skipped, so refreshing an unchanged workspace writes nothing.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const string DatabaseFileName = "search.db";
    public const string VectorFolderName = "vectors";
    public const string CollectionName = "evidence";
    public const string EmbeddingCacheFileName = "embeddings.db";

    private readonly SqliteEmbeddingCache _cache;
    private readonly EvidenceIndexer _indexer;

    private SearchIndex(string folder)
    {
        Folder = folder;
        Keywords = new KeywordIndex(Path.Combine(folder, DatabaseFileName));
        _cache = new SqliteEmbeddingCache(Path.Combine(folder, EmbeddingCacheFileName));
        Generator = new CachingEmbeddingGenerator(new OfflineEmbeddingGenerator(), _cache);
        _indexer = new EvidenceIndexer(Generator);
        var vectorFolder = Path.Combine(folder, VectorFolderName);
        Directory.CreateDirectory(vectorFolder);
        Vectors = new EmbeddedVectorStore(vectorFolder).GetEvidenceCollection(CollectionName);
    }

    public string Folder { get; }

    internal KeywordIndex Keywords { get; }

    internal EmbeddedVectorCollection Vectors { get; }

    internal IEmbeddingGenerator<string, Embedding<float>> Generator { get; }

    /// <summary>Opens (creating when needed) the search indexes inside <paramref name="folder"/>.</summary>
    public static SearchIndex Open(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        return new SearchIndex(full);
    }

    /// <summary>Number of chunks in the catalogue.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Keywords.CountAsync(cancellationToken);

    /// <summary>Indexes every record of the workspace not indexed yet; returns how many chunks were added.</summary>
    public async Task<int> RefreshAsync(EvidenceWorkspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var loaded = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
        return await RefreshAsync(loaded.Records, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Indexes the chunks of <paramref name="records"/> not indexed yet; returns how many chunks were added.</summary>
    public async Task<int> RefreshAsync(IEnumerable<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var known = await Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
        var fresh = new List<(EvidenceRecord Evidence, EvidenceChunkRecord Record, string EmbeddingText)>();
        foreach (var evidence in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Redaction and chunking are cheap next to embedding and writing, so re-preparing known records is acceptable.
            foreach (var (record, text) in _indexer.Prepare(evidence))
                if (known.Add(record.ChunkId)) fresh.Add((evidence, record, text));
        }
        if (fresh.Count == 0) return 0;

        // Vectors first: if we stop between the two writes the chunk is missing from the catalogue, so the next refresh
        // upserts it again (same deterministic key, no duplicate) and then catalogues it.
        await Vectors.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        await _indexer.IndexAsync(Vectors, fresh.Select(f => (f.Record, f.EmbeddingText)), cancellationToken).ConfigureAwait(false);
        await Keywords.AddAsync(fresh.Select(f => new KeywordIndex.Row(f.Record.ChunkId, f.Record.EvidenceId, f.Evidence.RecordId,
            f.Record.Source, f.Evidence.Source.Line, f.Record.Channel, f.Record.TimestampUnixMs, f.Record.Touchpoints, f.Record.Text)),
            cancellationToken).ConfigureAwait(false);
        return fresh.Count;
    }

    public void Dispose()
    {
        Keywords.Dispose();
        _cache.Dispose();
    }
}
