using CxAssistant.Data.Memory.Search;

namespace CxAssistant.Data.Memory.Moves;

/// <summary>
/// Moves a workspace's search index between the workspace folder (embedded vectors + FTS5) and an external store
/// (Qdrant: vectors, keyword index, payload), copying the stored vectors rather than embedding again. The target is
/// built
/// beside the source (<see cref="StagingFolderName"/>: its own <c>search.db</c> and, for the embedded store, vector
/// file), so the source stays searchable throughout; a run that is stopped leaves the staged chunks, and the next run
/// with the same source and target continues after them. Only when the target holds exactly the source's chunk ids is
/// it swapped in and the source's copy deleted.
/// </summary>
public static partial class SearchIndexMove
{
    public const string StagingFolderName = ".search-move";
    private const string SourceMetaKey = "move-source";
    private const int ExternalSlice = 512;
    private const int EmbeddedSlice = 25_000; // the embedded store rewrites its file per write: few, large slices

    /// <summary>
    /// Moves the index of <paramref name="folder"/> from where <paramref name="source"/> keeps it to where
    /// <paramref name="target"/> does (one of them has a <see cref="SearchIndexOptions.Store"/>, the other not; both
    /// use
    /// the same embedding model). Throws <see cref="InvalidOperationException"/> with a message for the user when the
    /// index is not where <paramref name="source"/> says, or the external collection already holds other points.
    /// </summary>
    public static async Task<MoveReport> MoveAsync(
        string folder,
        SearchIndexOptions source,
        SearchIndexOptions target,
        IProgress<MoveProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if ((source.Store is null) == (target.Store is null))
        {
            throw new ArgumentException("A move goes between the embedded store and an external one.", nameof(target));
        }
        var staging = Path.Combine(Path.GetFullPath(folder), StagingFolderName);
        using var from = SearchIndex.Open(folder, source);
        var home = await from.Keywords.GetMetaAsync(SearchIndex.HomeMetaKey, cancellationToken).ConfigureAwait(false)
            ?? "embedded";
        if (home != from.Home)
        {
            if (!Directory.Exists(staging) && home == (target.Store is null ? "embedded" : "external"))
            {
                return new MoveReport(
                    from.VectorLocation,
                    from.VectorLocation,
                    await from.CountAsync(cancellationToken).ConfigureAwait(false),
                    0,
                    0,
                    true
                );
            }
            throw new InvalidOperationException(
                $"The search index of {folder} is in the {home} store, not in {from.VectorLocation}."
            );
        }
        var to = await OpenStagingAsync(staging, from, target, cancellationToken).ConfigureAwait(false);
        try
        {
            var known = await to.Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
            var total = await from.CountAsync(cancellationToken).ConfigureAwait(false);
            var slice = target.Store is null ? EmbeddedSlice : ExternalSlice;
            var copied = 0L;
            await foreach (var batch in ReadAsync(from, known, slice, cancellationToken).ConfigureAwait(false))
            {
                await to.Vectors.UpsertAsync(batch.Select(b => b.Record), cancellationToken).ConfigureAwait(false);
                await to.Keywords.AddAsync(batch.Select(b => b.Row), cancellationToken).ConfigureAwait(false);
                copied += batch.Count;
                progress?.Report(new MoveProgress(known.Count + copied, total));
            }
            await VerifyAsync(from, to, cancellationToken).ConfigureAwait(false);
            foreach (var key in new[] { SearchIndex.TagsMetaKey })
            {
                if (await from.Keywords.GetMetaAsync(key, cancellationToken).ConfigureAwait(false) is { } value)
                {
                    await to.Keywords.SetMetaAsync(key, value, cancellationToken).ConfigureAwait(false);
                }
            }
            await to
                .Keywords.SetMetaAsync(SearchIndex.VectorsMetaKey, to.VectorSignature, cancellationToken)
                .ConfigureAwait(false);
            await to.Keywords.SetMetaAsync(SearchIndex.HomeMetaKey, to.Home, cancellationToken).ConfigureAwait(false);
            var report = new MoveReport(from.VectorLocation, to.VectorLocation, total, copied, known.Count, false);
            await SwapAsync(folder, staging, from, to, cancellationToken).ConfigureAwait(false);
            return report;
        }
        finally
        {
            to.Dispose();
        }
    }

    /// <summary>
    /// The staged target: continued when it was started from this same source, otherwise started anew (an external
    /// collection must then be empty: a move never mixes its chunks with points it did not write).
    /// </summary>
    private static async Task<SearchIndex> OpenStagingAsync(
        string staging,
        SearchIndex from,
        SearchIndexOptions target,
        CancellationToken cancellationToken
    )
    {
        var to = SearchIndex.Open(staging, target);
        if (
            await to.Keywords.GetMetaAsync(SourceMetaKey, cancellationToken).ConfigureAwait(false)
            == from.VectorSignature
        )
        {
            return to;
        }
        to.Dispose();
        Directory.Delete(staging, recursive: true);
        to = SearchIndex.Open(staging, target);
        if (
            await to.Vectors.CollectionExistsAsync(cancellationToken).ConfigureAwait(false)
            && await to
                .Vectors.GetAsync(r => true, 1, cancellationToken: cancellationToken)
                .AnyAsync(cancellationToken)
                .ConfigureAwait(false)
        )
        {
            to.Dispose();
            Directory.Delete(staging, recursive: true);
            throw new InvalidOperationException(
                $"{to.VectorLocation} already holds points. Move into an empty collection "
                    + "(set CxAssistant:VectorStore:Qdrant:CollectionName) or delete that collection first."
            );
        }
        await to.Vectors.EnsureCollectionExistsAsync(cancellationToken).ConfigureAwait(false);
        await to.Keywords.SetMetaAsync(SourceMetaKey, from.VectorSignature, cancellationToken).ConfigureAwait(false);
        return to;
    }

    /// <summary>
    /// The target must hold exactly the source's chunk ids, in its ledger or catalogue and in its vector store.
    /// </summary>
    private static async Task VerifyAsync(SearchIndex from, SearchIndex to, CancellationToken cancellationToken)
    {
        var expected = await from.Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
        var catalogued = await to.Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await foreach (
            var record in to
                .Vectors.GetAsync(r => true, int.MaxValue, cancellationToken: cancellationToken)
                .ConfigureAwait(false)
        )
        {
            stored.Add(record.ChunkId);
        }
        if (!catalogued.SetEquals(expected) || !stored.SetEquals(expected))
        {
            throw new InvalidOperationException(
                $"The move did not verify: the source holds {expected.Count} chunks, the target "
                    + $"catalogues {catalogued.Count} and stores {stored.Count}. Nothing was "
                    + $"switched; run the move again."
            );
        }
    }
}
