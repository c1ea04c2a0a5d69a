using System.Text.Json;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

/// <summary>Loads evals/devset (found by walking up from the test binaries to the repository root).</summary>
internal static class DevSet
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<DevItem> Load(string split) =>
        [
            .. File.ReadLines(Path.Combine(Root, $"touchpoints.{split}.jsonl"))
                .Where(l => l.Trim().Length > 0)
                .Select(l =>
                    JsonSerializer.Deserialize<DevItem>(
                        l,
                        new JsonSerializerOptions { PropertyNameCaseInsensitive = true }
                    )!
                ),
        ];

    public static TouchpointCatalog Catalog(string name) =>
        CatalogLoader.Load(Path.Combine(Root, "catalogs", name + ".yaml"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "evals", "devset");
            if (Directory.Exists(Path.Combine(candidate, "catalogs")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("evals/devset not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record DevItem(string Id, string Catalog, string Domain, string Text, string Touchpoint);
