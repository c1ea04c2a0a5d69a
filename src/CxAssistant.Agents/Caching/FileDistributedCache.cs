using System.Text.RegularExpressions;
using Microsoft.Extensions.Caching.Distributed;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// An <see cref="IDistributedCache"/> over a folder: one file per key
/// (<c>&lt;folder&gt;/&lt;key[0..2]&gt;/&lt;key&gt;.json</c>),
/// so recordings can be committed and diffed. Writes go to a temp file and are renamed, so a reader never sees half an
/// entry. Entries never expire (a recording is evidence of what a model said); expiration options are ignored.
/// Keys must be lowercase hex (the response cache's SHA-256), which also keeps every path inside the folder.
/// </summary>
public sealed partial class FileDistributedCache(string folder) : IDistributedCache
{
    /// <summary>The cache folder.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The file that holds <paramref name="key"/>.</summary>
    public string PathOf(string key) =>
        HexKey().IsMatch(key)
            ? Path.Combine(Folder, key[..2], key + ".json")
            : throw new ArgumentException($"Cache keys are lowercase hex digests; got '{key}'.", nameof(key));

    /// <inheritdoc />
    public byte[]? Get(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, token).ConfigureAwait(false) : null;
    }

    /// <inheritdoc />
    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) =>
        SetAsync(key, value, options).GetAwaiter().GetResult();

    /// <inheritdoc />
    public async Task SetAsync(
        string key,
        byte[] value,
        DistributedCacheEntryOptions options,
        CancellationToken token = default
    )
    {
        ArgumentNullException.ThrowIfNull(value);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temp, value, token).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    /// <inheritdoc />
    public void Refresh(string key) => PathOf(key);

    /// <inheritdoc />
    public Task RefreshAsync(string key, CancellationToken token = default)
    {
        PathOf(key);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Remove(string key) => File.Delete(PathOf(key));

    /// <inheritdoc />
    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        Remove(key);
        return Task.CompletedTask;
    }

    [GeneratedRegex("^[0-9a-f]{16,128}$")]
    private static partial Regex HexKey();
}
