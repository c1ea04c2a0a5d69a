using System.Security.Cryptography;

namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// The touchpoints a chat's analysis uses, as <c>cx analyze</c> takes them: a catalog file (--catalog) or a built-in
/// preset (--preset); neither means the workspace's own catalog.yaml, else the preset that fits the data. Part of the
/// analysis cache's key, so changing the choice re-analyses instead of answering from the other catalog's analysis.
/// </summary>
public sealed record CatalogChoice(string? CatalogPath = null, string? Preset = null)
{
    /// <summary>The cache key part: the catalog's content hash or the preset name ("" for the default).</summary>
    public string Key()
    {
        if (CatalogPath is { } path)
        {
            return "catalog:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..16];
        }
        return Preset is { } preset ? "preset:" + preset : "";
    }
}
