using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Data.Workspace;

namespace CxAssistant.Data.Tests.Workspace;

/// <summary>
/// A data folder's catalog is validated before a workspace adopts it; a broken one is refused and not copied.
/// </summary>
public sealed class CatalogAdoptionTests
{
    [Theory]
    [InlineData("", "the catalog is empty")]
    [InlineData("touchpoints:\n  - id: a\n    stage: nowhere\n", "line 3: unknown stage 'nowhere'")]
    public void AdoptCatalog_BrokenCatalog_IsRefusedWithLineAndNotCopied(string yaml, string problem)
    {
        using var temp = new TempFolder("cx-ingest-");
        temp.File("data/catalog.yaml", yaml);
        using var workspace = EvidenceWorkspace.Open(Path.Combine(temp.Path, "ws"));

        var e = Assert.Throws<CatalogException>(() => workspace.AdoptCatalog([Path.Combine(temp.Path, "data")]));

        Assert.Contains("catalog.yaml", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["workspace.db"],
            Directory
                .GetFiles(workspace.Folder)
                .Select(Path.GetFileName)
                .Where(n => !n!.StartsWith("workspace.db-", StringComparison.Ordinal))
        );
    }

    [Fact]
    public void AdoptCatalog_ValidCatalog_IsCopiedWhole()
    {
        using var temp = new TempFolder("cx-ingest-");
        const string yaml = "touchpoints:\n  - id: delivery\n    name: Delivery\n    stage: delivery\n";
        temp.File("data/catalog.yaml", yaml);
        using var workspace = EvidenceWorkspace.Open(Path.Combine(temp.Path, "ws"));

        Assert.NotNull(workspace.AdoptCatalog([Path.Combine(temp.Path, "data")]));

        Assert.Equal(yaml, File.ReadAllText(Path.Combine(workspace.Folder, "catalog.yaml")));
    }
}
