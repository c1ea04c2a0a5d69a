using System.Collections.Concurrent;
using System.Text.Json;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Models;

/// <summary>
/// Recorded model responses on disk, one JSON file per request hash (<c>&lt;dir&gt;/&lt;key[0..2]&gt;/&lt;key&gt;.json</c>),
/// with an in-memory layer so a run reads each entry once. Thread-safe; writes go through a temp file and a rename.
/// </summary>
public sealed class ResponseCache(string directory)
{
    private readonly ConcurrentDictionary<string, CacheEntry?> _memory = new(StringComparer.Ordinal);

    /// <summary>The cache folder.</summary>
    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>The entry for <paramref name="key"/>, or null.</summary>
    public CacheEntry? TryGet(string key) => _memory.GetOrAdd(key, k =>
    {
        var path = PathOf(k);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<CacheEntry>(File.ReadAllText(path), SuiteLoader.Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: corrupt cache entry ({e.Message.Split('.')[0]}); delete it to re-record.", e);
        }
    });

    /// <summary>Stores an entry (replacing one with the same key).</summary>
    public void Put(CacheEntry entry)
    {
        var path = PathOf(entry.Key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(entry, SuiteLoader.Json));
        File.Move(temp, path, overwrite: true);
        _memory[entry.Key] = entry;
    }

    private string PathOf(string key) => Path.Combine(Directory, key[..2], key + ".json");
}
