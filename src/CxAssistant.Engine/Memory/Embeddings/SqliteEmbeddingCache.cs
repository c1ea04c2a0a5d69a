using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CxAssistant.Engine.Memory.Embeddings;

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
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir) Directory.CreateDirectory(dir);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS embeddings (hash TEXT PRIMARY KEY, vector BLOB NOT NULL);";
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

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
