using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace CxAssistant.LocalModel;

/// <summary>
/// Keeps the distilled table on disk where this machine keeps per-user application data, keyed by the model's hash,
/// the table settings and the file format. Writes go to a temporary file that is moved into place, so a reader never
/// sees half a file; a file that fails its checksum is rebuilt; concurrent first runs (threads or processes) build
/// once.
/// </summary>
public sealed class StaticTableCache(string directory)
{
    /// <summary>Bumped whenever the file layout or the distillation changes.</summary>
    public const int FormatVersion = 1;

    private static readonly byte[] Magic = "CXST"u8.ToArray();
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = directory;

    /// <summary>
    /// The per-user default: LocalApplicationData/CxAssistant/models (~/.local/share on Linux, %LOCALAPPDATA% on
    /// Windows), else the temporary folder when the user has no such folder.
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            var root = Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData,
                Environment.SpecialFolderOption.DoNotVerify
            );
            return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "CxAssistant", "models");
        }
    }

    /// <summary>The file a table with this key lives in.</summary>
    public string PathFor(string key) => Path.Combine(Directory, $"minilm-static-{key}-v{FormatVersion}.bin");

    /// <summary>
    /// Reads the table for <paramref name="key"/>; builds and stores it first when missing or corrupt.
    /// </summary>
    public async Task<StaticEmbeddingTable> GetOrBuildAsync(
        string key,
        Func<CancellationToken, StaticEmbeddingTable> build,
        CancellationToken cancellationToken = default
    )
    {
        var path = PathFor(key);
        if (TryRead(path) is { } cached)
        {
            return cached;
        }
        var gate = Gates.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var crossProcess = await FileLock
                .AcquireAsync(path + ".lock", cancellationToken)
                .ConfigureAwait(false);
            if (TryRead(path) is { } built)
            {
                return built;
            }
            var table = await Task.Run(() => build(cancellationToken), cancellationToken).ConfigureAwait(false);
            Write(path, table);
            return table;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The table in <paramref name="path"/>; null when missing, truncated or failing its checksum.</summary>
    public static StaticEmbeddingTable? TryRead(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        const int header = 12,
            hash = 32;
        if (bytes.Length < header + hash || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
        {
            return null;
        }
        var body = bytes.AsSpan(0, bytes.Length - hash);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - hash)))
        {
            return null;
        }
        var dims = BitConverter.ToInt32(bytes, 4);
        var count = BitConverter.ToInt32(bytes, 8);
        if (dims <= 0 || count <= 0 || (long)dims * count * sizeof(float) != body.Length - header)
        {
            return null;
        }
        var rows = new float[dims * count];
        Buffer.BlockCopy(bytes, header, rows, 0, rows.Length * sizeof(float));
        return new StaticEmbeddingTable(rows, dims);
    }

    private void Write(string path, StaticEmbeddingTable table)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var bytes = new byte[12 + table.Rows.Length * sizeof(float) + 32];
        Magic.CopyTo(bytes, 0);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), table.Dimensions);
        BitConverter.TryWriteBytes(bytes.AsSpan(8), table.Count);
        Buffer.BlockCopy(table.Rows, 0, bytes, 12, table.Rows.Length * sizeof(float));
        SHA256.HashData(bytes.AsSpan(0, bytes.Length - 32), bytes.AsSpan(bytes.Length - 32));
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>Cache key of a table distilled from the packaged model with <paramref name="options"/>.</summary>
    public static string KeyFor(StaticTableOptions options) => $"{MiniLmResources.ModelHash[..16]}-{options.Key}";
}
