using System.Collections.Concurrent;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Built-in industry catalogs (embedded <c>Resources/Touchpoints/preset.*.yaml</c>, same format as user catalogs),
/// for users who have no catalog of their own. Touchpoints carry <see cref="TouchpointOrigin.Preset"/>.
/// </summary>
public static class Presets
{
    public static IReadOnlyList<string> Names { get; } =
    ["ecommerce", "restaurant", "saas", "local-services", "travel", "hospitality", "financial-services"];

    private static readonly ConcurrentDictionary<string, TouchpointCatalog> Cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The preset called <paramref name="name"/> (case-insensitive); throws with the list of names when unknown.
    /// </summary>
    public static TouchpointCatalog Get(string name) =>
        TryGet(name, out var catalog)
            ? catalog
            : throw new ArgumentException(
                $"Unknown touchpoint preset '{name}'. Available presets: {string.Join(", ", Names)}.",
                nameof(name)
            );

    public static bool TryGet(string name, out TouchpointCatalog catalog)
    {
        var key = Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            catalog = new TouchpointCatalog("", []);
            return false;
        }
        catalog = Cache.GetOrAdd(key, k =>
            CatalogLoader.Parse(
                TouchpointKnowledge.ReadResource($"preset.{k}.yaml"),
                $"preset:{k}",
                TouchpointOrigin.Preset
            )
        );
        return true;
    }
}
