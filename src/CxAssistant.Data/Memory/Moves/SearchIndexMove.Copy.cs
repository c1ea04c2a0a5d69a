using System.Globalization;
using System.Runtime.CompilerServices;
using CxAssistant.Data.Memory.Embedded;
using CxAssistant.Data.Memory.Search;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Moves;

public static partial class SearchIndexMove
{
    private sealed record Copy(EvidenceChunkRecord Record, KeywordIndex.Row Row);

    /// <summary>The source's chunks not yet in the target, with their vectors, in slices.</summary>
    private static async IAsyncEnumerable<List<Copy>> ReadAsync(
        SearchIndex from,
        HashSet<string> known,
        int slice,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        if (from.Hybrid is null)
        {
            await foreach (var batch in ReadEmbeddedAsync(from, known, slice, cancellationToken).ConfigureAwait(false))
            {
                yield return batch;
            }
            yield break;
        }
        // Points the ledger does not list (a refresh stopped between the write and its ledger commit) are not moved.
        var listed = await from.Keywords.ChunkIdsAsync(cancellationToken).ConfigureAwait(false);
        await foreach (
            var batch in ReadExternalAsync(from, known, listed, slice, cancellationToken).ConfigureAwait(false)
        )
        {
            yield return batch;
        }
    }

    /// <summary>Catalogue rows in row order, joined with the embedded store's records and vectors.</summary>
    private static async IAsyncEnumerable<List<Copy>> ReadEmbeddedAsync(
        SearchIndex from,
        HashSet<string> known,
        int slice,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var batch = new List<Copy>();
        var after = 0L;
        while (true)
        {
            var page = await from.Keywords.PageAsync(after, slice, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }
            after = page[^1].Id;
            var rows = page.Select(p => p.Row)
                .Where(r => !known.Contains(r.ChunkId))
                .ToDictionary(r => KeyOf(r.ChunkId));
            var options = new RecordRetrievalOptions { IncludeVectors = true };
            await foreach (
                var record in from.Vectors.GetAsync(rows.Keys, options, cancellationToken).ConfigureAwait(false)
            )
            {
                var row = rows[record.Key];
                record.RecordId = row.RecordId;
                record.Line = row.Line;
                record.Touchpoints = [.. row.Touchpoints];
                record.Sentiment = row.Sentiment;
                batch.Add(new Copy(record, row));
                rows.Remove(record.Key);
            }
            if (rows.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{rows.Count} catalogued chunk(s) have no vector in {from.VectorLocation} "
                        + $"(first: {rows.Values.First().ChunkId}). Bring the index up to date "
                        + $"with cx search first, then move."
                );
            }
            if (batch.Count >= slice)
            {
                yield return batch;
                batch = [];
            }
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>Every point of the external collection (payload and dense vector), in the store's order.</summary>
    private static async IAsyncEnumerable<List<Copy>> ReadExternalAsync(
        SearchIndex from,
        HashSet<string> known,
        HashSet<string> listed,
        int slice,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var batch = new List<Copy>();
        var options = new FilteredRecordRetrievalOptions<EvidenceChunkRecord> { IncludeVectors = true };
        await foreach (
            var record in from
                .Vectors.GetAsync(r => true, int.MaxValue, options, cancellationToken)
                .ConfigureAwait(false)
        )
        {
            if (known.Contains(record.ChunkId) || !listed.Contains(record.ChunkId))
            {
                continue;
            }
            batch.Add(
                new Copy(
                    record,
                    new KeywordIndex.Row(
                        record.ChunkId,
                        record.EvidenceId,
                        record.RecordId,
                        record.Source,
                        record.Line,
                        record.Channel,
                        record.TimestampUnixMs,
                        record.Touchpoints,
                        record.Text,
                        record.Sentiment
                    )
                )
            );
            if (batch.Count < slice)
            {
                continue;
            }
            yield return batch;
            batch = [];
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static Guid KeyOf(string chunkId)
    {
        var hash = chunkId.LastIndexOf('#');
        return EvidenceChunkRecord.PointIdFor(
            chunkId[..hash],
            int.Parse(chunkId[(hash + 1)..], CultureInfo.InvariantCulture)
        );
    }

    /// <summary>
    /// Puts the staged index in place: its <c>search.db</c> over the workspace's (both closed, WAL files gone first),
    /// its
    /// vector file into <c>vectors/</c> for an embedded target; then deletes the source's copy — the embedded vector
    /// file,
    /// or the external collection — and the staging folder.
    /// </summary>
    private static async Task SwapAsync(
        string folder,
        string staging,
        SearchIndex from,
        SearchIndex to,
        CancellationToken cancellationToken
    )
    {
        var full = Path.GetFullPath(folder);
        var oldVectors = from.Vectors as EmbeddedVectorCollection;
        var oldFile = oldVectors is null
            ? null
            : Path.Combine(
                full,
                SearchIndex.VectorFolderName,
                oldVectors.Name + EmbeddedVectorCollection.FileExtension
            );
        from.Keywords.Dispose();
        to.Keywords.Dispose();
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(Path.Combine(full, SearchIndex.DatabaseFileName + suffix));
        }
        File.Move(
            Path.Combine(staging, SearchIndex.DatabaseFileName),
            Path.Combine(full, SearchIndex.DatabaseFileName),
            overwrite: true
        );
        if (to.Vectors is EmbeddedVectorCollection newVectors)
        {
            var name = newVectors.Name + EmbeddedVectorCollection.FileExtension;
            Directory.CreateDirectory(Path.Combine(full, SearchIndex.VectorFolderName));
            File.Move(
                Path.Combine(staging, SearchIndex.VectorFolderName, name),
                Path.Combine(full, SearchIndex.VectorFolderName, name),
                overwrite: true
            );
            // The chunks now live here: the external collection is no longer the index's home.
            await from.Vectors.EnsureCollectionDeletedAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (oldFile is not null)
        {
            File.Delete(oldFile);
        }
        Directory.Delete(staging, recursive: true);
    }
}
