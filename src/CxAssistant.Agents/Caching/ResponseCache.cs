using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Caching;

/// <summary>
/// Model answers on disk, one JSON file per request, keyed by a SHA-256 of the model, the prompt name and version, and
/// the rendered messages (so any change to evidence, prompt wording or model misses). Written atomically.
/// </summary>
public sealed class ResponseCache(string folder)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The cache folder.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>The cache key of a request.</summary>
    public static string Key(string model, string promptId, IEnumerable<ChatMessage> messages)
    {
        var sb = new StringBuilder().Append(model).Append('\n').Append(promptId);
        foreach (var m in messages) sb.Append('\n').Append(m.Role.Value).Append('\u001f').Append(m.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>The cached answer for <paramref name="key"/>, or null (a damaged entry counts as a miss).</summary>
    public async Task<CachedResponse?> TryGetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return null;
        try
        {
            await using var stream = File.OpenRead(path);
            var entry = await JsonSerializer.DeserializeAsync<CachedResponse>(stream, Json, cancellationToken).ConfigureAwait(false);
            return entry is not null && entry.Key == key ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Stores an answer (temp file then move, so readers never see half an entry).</summary>
    public async Task SetAsync(CachedResponse entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Directory.CreateDirectory(Folder);
        var path = PathOf(entry.Key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(entry, Json), cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(string key) => Path.Combine(Folder, key + ".json");
}
