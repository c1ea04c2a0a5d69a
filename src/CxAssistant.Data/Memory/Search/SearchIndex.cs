using System.Text.RegularExpressions;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Data.Memory.Embeddings;
using CxAssistant.Data.Workspace;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// The search indexes of one workspace folder: <c>search.db</c> (chunk catalogue + FTS5), the vectors (embedded
/// <c>vectors/*.cxvec</c> or a Qdrant collection) and, for model embeddings, <c>embeddings.db</c> (embedding cache).
/// Refresh is incremental by
/// chunk id: chunks already catalogued are skipped, so refreshing an unchanged workspace writes nothing. When the
/// vector
/// store, embedding model or tagging catalog changes, the next refresh rewrites every chunk's vector and tags
/// (embeddings
/// come from the cache, so only genuinely new text is embedded).
/// </summary>
public sealed partial class SearchIndex : IDisposable
{
    public const string DatabaseFileName = "search.db";
    public const string VectorFolderName = "vectors";
    public const string CollectionName = "evidence";
    public const string EmbeddingCacheFileName = "embeddings.db";

    internal const string VectorsMetaKey = "vectors";
    internal const string TagsMetaKey = "tags";
    internal const string HomeMetaKey = "home";
    private const int ExternalUpsertSlice = 1024;

    private readonly SqliteEmbeddingCache? _cache;
    private readonly EvidenceIndexer _indexer;
    private readonly Task<EvidenceTagger>? _pendingTagger;
    private EvidenceTagger? _tagger;
    private readonly string _vectorSignature;

    private SearchIndex(string folder, SearchIndexOptions options)
    {
        Folder = folder;
        // Offline (no model configured), the shared local sentence encoder reads meaning; vectors stored by an older
        // encoder (the hashed cx-offline-hash-v1, -v2) carry its id in the signature, so the next refresh re-embeds
        // them.
        var model = options.Embeddings ?? MeaningEncoder.Shared();
        var metadata = model.GetService<EmbeddingGeneratorMetadata>();
        ModelId = metadata?.DefaultModelId ?? MeaningEncoder.ModelId;
        Dimensions = options.Dimensions ?? metadata?.DefaultModelDimensions ?? EvidenceChunkRecord.Dimensions;
        if (options.Embeddings is null)
        {
            // The local encoder computes a vector faster than the cache can look one up, so only model calls are
            // cached.
            Generator = model;
        }
        else
        {
            _cache = new SqliteEmbeddingCache(Path.Combine(folder, EmbeddingCacheFileName));
            Generator = new CachingEmbeddingGenerator(model, _cache);
        }
        // One upsert per refresh into the embedded store (it rewrites its file on every write); an external store takes
        // them in slices so embedding and writing overlap. Offline embedding is CPU-bound, so batches run on every
        // core;
        // a model gets two requests in flight (its resilience pipeline handles 429s).
        _indexer = new EvidenceIndexer(Generator)
        {
            UpsertBatchSize = options.Store is null ? int.MaxValue : ExternalUpsertSlice,
            EmbeddingConcurrency = options.Embeddings is null ? Environment.ProcessorCount : 2,
        };
        _tagger = options.PendingTagger is null ? options.Tagger : null;
        _pendingTagger = options.PendingTagger;
        if (options.Store is { } store)
        {
            // Chunks, vectors and keyword index live in the store; search.db keeps only the ledger of what was written.
            var collection = store.GetCollection<Guid, EvidenceChunkRecord>(
                options.StoreCollectionName,
                EvidenceChunkDefinition.For(Dimensions)
            );
            Hybrid =
                collection as IKeywordHybridSearchable<EvidenceChunkRecord>
                ?? throw new NotSupportedException(
                    $"{store.GetType().Name} has no hybrid (keyword + vector) search; it cannot hold a workspace."
                );
            Vectors = collection;
            var about = store.GetService(typeof(VectorStoreMetadata)) as VectorStoreMetadata;
            VectorLocation =
                $"{about?.VectorStoreSystemName ?? "external"} {about?.VectorStoreName} "
                + $"collection {options.StoreCollectionName}";
            Home = "external";
        }
        else
        {
            // The offline collection keeps its historical name; a model's vectors live in their own collection so
            // switching models never mixes vector spaces.
            var name = options.Embeddings is null ? CollectionName : $"{CollectionName}-{Slug(ModelId)}-{Dimensions}";
            var vectorFolder = Path.Combine(folder, VectorFolderName);
            Directory.CreateDirectory(vectorFolder);
            Vectors = new EmbeddedVectorStore(
                vectorFolder,
                new EmbeddedVectorStoreOptions { Dimensions = Dimensions }
            ).GetEvidenceCollection(name);
            VectorLocation =
                $"embedded {Path.Combine(VectorFolderName, name + EmbeddedVectorCollection.FileExtension)}";
            Home = "embedded";
        }
        Keywords = new KeywordIndex(Path.Combine(folder, DatabaseFileName), ledgerOnly: Hybrid is not null);
        _vectorSignature = $"{Home}|{VectorLocation}|{ModelId}|{Dimensions}";
    }

    public string Folder { get; }

    /// <summary>The embedding model id (offline: the local encoder's, <see cref="MeaningEncoder.ModelId"/>).</summary>
    public string ModelId { get; }

    public int Dimensions { get; }

    /// <summary>
    /// Where the chunks live: <c>embedded</c> (workspace folder) or <c>external</c>
    /// (<see cref="SearchIndexOptions.Store"/>).
    /// </summary>
    public string Home { get; }

    /// <summary>The external store's hybrid search, or null when the chunks are in the workspace folder.</summary>
    internal IKeywordHybridSearchable<EvidenceChunkRecord>? Hybrid { get; }

    /// <summary>
    /// Where the vectors are, for messages ("Qdrant http://… collection …" or "embedded vectors/evidence.cxvec").
    /// </summary>
    public string VectorLocation { get; }

    /// <summary>
    /// Store, location, model and width of the vectors; a refresh rewrites every chunk when it changes.
    /// </summary>
    internal string VectorSignature => _vectorSignature;

    /// <summary>What the last refresh did.</summary>
    public IndexRefresh LastRefresh { get; private set; } = new(0, 0);

    internal KeywordIndex Keywords { get; }

    internal VectorStoreCollection<Guid, EvidenceChunkRecord> Vectors { get; }

    internal IEmbeddingGenerator<string, Embedding<float>> Generator { get; }

    /// <summary>Opens (creating when needed) the offline search indexes inside <paramref name="folder"/>.</summary>
    public static SearchIndex Open(string folder) => Open(folder, SearchIndexOptions.Offline);

    /// <summary>
    /// Opens (creating when needed) the search indexes inside <paramref name="folder"/> with the given model, store and
    /// tags.
    /// </summary>
    public static SearchIndex Open(string folder, SearchIndexOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(options);
        var full = Path.GetFullPath(folder);
        Directory.CreateDirectory(full);
        return new SearchIndex(full, options);
    }

    /// <summary>Number of chunks in the catalogue.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        Keywords.CountAsync(cancellationToken);

    /// <summary>True when chunks carry touchpoint tags, so a touchpoint filter means something.</summary>
    public Task<bool> HasTouchpointsAsync(CancellationToken cancellationToken = default) =>
        Keywords.HasTouchpointsAsync(cancellationToken);

    /// <summary>Indexes every record of the workspace not indexed yet; returns how many chunks were added.</summary>
    public async Task<int> RefreshAsync(EvidenceWorkspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var loaded = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
        return await RefreshAsync(loaded.Records, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Indexes the chunks of <paramref name="records"/> not indexed yet; returns how many chunks were added.
    /// </summary>
    public async Task<int> RefreshAsync(
        IEnumerable<EvidenceRecord> records,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        if (
            await Keywords.GetMetaAsync(HomeMetaKey, cancellationToken).ConfigureAwait(false) is { } home
            && home != Home
        )
        {
            // The chunks moved between the workspace and an external store without `cx workspace move`: the catalogue
            // describes the other home, so everything is indexed anew here — once the new home answers, so that an
            // unreachable server leaves the old catalogue as it was.
            await Vectors.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
            await Keywords.ClearAsync(cancellationToken).ConfigureAwait(false);
        }
        await Keywords.SetMetaAsync(HomeMetaKey, Home, cancellationToken).ConfigureAwait(false);
        var known = await Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
        List<Pending> pending;
        bool rewriteAll;
        if (known.Count == 0 && _pendingTagger is not null)
        {
            // An empty catalogue has nothing to rewrite, so redaction and chunking need no tagger: they run while the
            // tagger is still being built, and the chunks are tagged once it is ready.
            rewriteAll = false;
            var untagged = Prepare(records, known, rewriteAll, cancellationToken);
            _tagger = await _pendingTagger.ConfigureAwait(false);
            pending = Collect(Tag(untagged, cancellationToken));
        }
        else
        {
            if (_pendingTagger is not null)
            {
                _tagger = await _pendingTagger.ConfigureAwait(false);
            }
            // An empty catalogue has nothing to rewrite; otherwise a different store/model/catalog means every chunk is
            // rewritten.
            rewriteAll =
                known.Count > 0
                && (
                    await Keywords.GetMetaAsync(VectorsMetaKey, cancellationToken).ConfigureAwait(false)
                        != _vectorSignature
                    || (await Keywords.GetMetaAsync(TagsMetaKey, cancellationToken).ConfigureAwait(false) ?? "")
                        != (_tagger?.Signature ?? "")
                );
            pending = Collect(Tag(Prepare(records, known, rewriteAll, cancellationToken), cancellationToken));
        }
        var tagSignature = _tagger?.Signature ?? "";
        var added = pending.Count(p => p.IsNew);
        if (pending.Count > 0)
        {
            // Vectors are committed first: the catalogue inserts run alongside the embedding and vector write, but
            // their
            // transaction commits only after the vectors are stored. If we stop between the two, the chunk is missing
            // from
            // the catalogue, so the next refresh upserts it again (same deterministic key, no duplicate) and then
            // catalogues it.
            await Vectors.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
            var vectors = Task.Run(
                () => _indexer.IndexAsync(Vectors, pending.Select(p => (p.Record, p.EmbeddingText)), cancellationToken),
                cancellationToken
            );
            try
            {
                await Keywords
                    .AddAsync(
                        pending.Where(p => p.IsNew).Select(p => ToRow(p.Evidence, p.Record)),
                        cancellationToken,
                        () => vectors
                    )
                    .ConfigureAwait(false);
            }
            finally
            {
                // Never leave the vector write running (or its failure unobserved) when the catalogue insert failed.
                try
                {
                    await vectors.ConfigureAwait(false);
                }
                catch (Exception) when (!vectors.IsCompletedSuccessfully)
                { /* the catalogue's own exception is the one reported */
                }
            }
            if (rewriteAll)
            {
                await Keywords
                    .UpdateTagsAsync(
                        pending
                            .Where(p => !p.IsNew)
                            .Select(p =>
                                (p.Record.ChunkId, (IReadOnlyList<string>)p.Record.Touchpoints, p.Record.Sentiment)
                            ),
                        cancellationToken
                    )
                    .ConfigureAwait(false);
            }
        }
        await Keywords.SetMetaAsync(VectorsMetaKey, _vectorSignature, cancellationToken).ConfigureAwait(false);
        await Keywords.SetMetaAsync(TagsMetaKey, tagSignature, cancellationToken).ConfigureAwait(false);
        LastRefresh = new IndexRefresh(added, rewriteAll ? pending.Count - added : 0);
        return added;
    }

    /// <summary>
    /// Redacts and chunks every record (in parallel); per record, its chunks to write (null when none).
    /// </summary>
    private List<Pending>?[] Prepare(
        IEnumerable<EvidenceRecord> records,
        HashSet<string> known,
        bool rewriteAll,
        CancellationToken cancellationToken
    )
    {
        var list = records as IReadOnlyList<EvidenceRecord> ?? [.. records];
        var perRecord = new List<Pending>?[list.Count];
        // Redaction and chunking are CPU-bound and independent per record.
        Parallel.For(0, list.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var evidence = list[i];
            List<Pending>? mine = null;
            foreach (var (record, text) in _indexer.Prepare(evidence))
            {
                var isNew = !known.Contains(record.ChunkId);
                if (!isNew && !rewriteAll)
                {
                    continue;
                }
                (mine ??= []).Add(new Pending(evidence, record, text, isNew));
            }
            perRecord[i] = mine;
        });
        return perRecord;
    }

    /// <summary>
    /// Tags each record once (in parallel) and gives its chunks the record's touchpoints and sentiment.
    /// </summary>
    private List<Pending>?[] Tag(List<Pending>?[] perRecord, CancellationToken cancellationToken)
    {
        if (_tagger is not { } tagger)
        {
            return perRecord;
        }
        // Meaning read by the encoder an analysis of these records would choose, so tags and report agree.
        var encoder = MeaningEncoder
            .ChooseFor(
                [
                    .. perRecord
                        .OfType<List<Pending>>()
                        .Where(m => m.Count > 0)
                        .Select(m => m[0].Evidence.Text ?? string.Empty),
                ],
                cancellationToken
            )
            .Encoder;
        Parallel.For(0, perRecord.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (perRecord[i] is not { Count: > 0 } mine)
            {
                return;
            }
            var tags = tagger.Tag(mine[0].Evidence, encoder);
            foreach (var p in mine)
            {
                p.Record.Touchpoints = [.. tags.Touchpoints];
                p.Record.Sentiment = tags.Sentiment;
            }
        });
        return perRecord;
    }

    private static List<Pending> Collect(List<Pending>?[] perRecord)
    {
        // Duplicate records (same id twice in the input) must be written once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<Pending>();
        foreach (var mine in perRecord)
        {
            if (mine is not null)
            {
                foreach (var p in mine)
                {
                    if (seen.Add(p.Record.ChunkId))
                    {
                        pending.Add(p);
                    }
                }
            }
        }
        return pending;
    }

    private static KeywordIndex.Row ToRow(EvidenceRecord evidence, EvidenceChunkRecord record) =>
        new(
            record.ChunkId,
            record.EvidenceId,
            evidence.RecordId,
            record.Source,
            evidence.Source.Line,
            record.Channel,
            record.TimestampUnixMs,
            record.Touchpoints,
            record.Text,
            record.Sentiment
        );

    private static string Slug(string modelId) =>
        SlugPattern().Replace(modelId.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } s
            ? s[..Math.Min(s.Length, 60)]
            : "model";

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex SlugPattern();

    private sealed record Pending(
        EvidenceRecord Evidence,
        EvidenceChunkRecord Record,
        string EmbeddingText,
        bool IsNew
    );

    public void Dispose()
    {
        Keywords.Dispose();
        _cache?.Dispose();
    }
}

/// <summary>
/// What one refresh wrote: chunks new to the catalogue, and known chunks rewritten after a store/model/catalog change.
/// </summary>
public sealed record IndexRefresh(int Added, int Rewritten);
