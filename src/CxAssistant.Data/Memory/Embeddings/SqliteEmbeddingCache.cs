using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// Persistent cache in a SQLite file (e.g. <c>&lt;workspace&gt;/embeddings.db</c>): one row per content hash, the
/// vector as a float32 blob. Survives runs, so re-ingesting unchanged feedback never pays for embeddings again.
/// </summary>
public sealed class SqliteEmbeddingCache : IEmbeddingCache, IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1); // one connection; SQLite connections are not thread-safe

    public SqliteEmbeddingCache(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
        _connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()
        );
        _connection.Open();
        using var command = _connection.CreateCommand();
        // synchronous=NORMAL: in WAL mode a power cut can lose the last commits but never corrupts the file — fine for
        // a cache.
        command.CommandText =
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF "
            + "NOT EXISTS embeddings (hash TEXT PRIMARY KEY, vector BLOB NOT NULL);";
        command.ExecuteNonQuery();
    }

    public async ValueTask<float[]?> TryGetAsync(string key, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT vector FROM embeddings WHERE hash = $hash";
            command.Parameters.AddWithValue("$hash", key);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] blob
                ? MemoryMarshal.Cast<byte, float>(blob).ToArray()
                : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask SetAsync(string key, float[] vector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vector);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO embeddings (hash, vector) VALUES ($hash, $vector)";
            command.Parameters.AddWithValue("$hash", key);
            command.Parameters.AddWithValue("$vector", MemoryMarshal.AsBytes(vector.AsSpan()).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<float[]?[]> TryGetManyAsync(
        IReadOnlyList<string> keys,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new float[]?[keys.Count];
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT vector FROM embeddings WHERE hash = $hash";
            var hash = command.Parameters.Add("$hash", SqliteType.Text);
            for (var i = 0; i < keys.Count; i++)
            {
                hash.Value = keys[i];
                if (command.ExecuteScalar() is byte[] blob)
                {
                    found[i] = MemoryMarshal.Cast<byte, float>(blob).ToArray();
                }
            }
            return found;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask SetManyAsync(
        IReadOnlyList<(string Key, float[] Vector)> entries,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(entries);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _connection.BeginTransaction();
            using var command = _connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO embeddings (hash, vector) VALUES ($hash, $vector)";
            var hash = command.Parameters.Add("$hash", SqliteType.Text);
            var blob = command.Parameters.Add("$vector", SqliteType.Blob);
            foreach (var (key, vector) in entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.Value = key;
                blob.Value = MemoryMarshal.AsBytes(vector.AsSpan()).ToArray();
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
