using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Ingestion;
using CxAssistant.Ingestion.Yaml;

namespace CxAssistant.Analysis.Tests.Yaml;

/// <summary>Alias bombs and absurd nesting are refused, with the line, before any code walks the YAML.</summary>
public sealed class YamlGuardTests
{
    /// <summary>Eight levels of ten aliases: 10^8 leaves from a few hundred bytes.</summary>
    internal static string Bomb(int levels = 8)
    {
        var yaml = new System.Text.StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= levels; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }
        return yaml.ToString();
    }

    [Fact]
    public void Check_AliasBomb_IsRefusedAtTheLineThatCrossesTheLimit()
    {
        var e = Assert.Throws<YamlLimitException>(() => YamlGuard.Check(Bomb()));

        Assert.Contains("alias bomb", e.Reason, StringComparison.Ordinal);
        Assert.Equal(4, e.Start.Line); // a1..a3 add 110 + 1,110 + 11,110 nodes: the third crosses 10,000
    }

    [Fact]
    public void Check_OrdinaryAliases_AreAccepted()
    {
        YamlGuard.Check("base: &base {stage: support, owner: Support}\na: *base\nb: *base\nc: [*base, *base]\n");
        YamlGuard.Check(Bomb(levels: 2)); // 1,220 nodes: within the default
    }

    [Fact]
    public void Check_LimitIsTheCallers()
    {
        Assert.Throws<YamlLimitException>(() => YamlGuard.Check(Bomb(levels: 2), new YamlLimits(MaxAliasNodes: 500)));
    }

    [Fact]
    public void Check_DeepNesting_IsRefusedBeforeTheDocumentModelRecurses()
    {
        var e = Assert.Throws<YamlLimitException>(() => YamlGuard.Check(new string('[', 5000) + new string(']', 5000)));

        Assert.Contains("nested more than 100 levels", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogLoader_AliasBomb_FailsWithFileAndLine()
    {
        var e = Assert.Throws<CatalogException>(() =>
            CatalogLoader.Parse(Bomb() + "touchpoints:\n  - id: x\n    keywords: *a8\n", "catalog.yaml")
        );

        Assert.StartsWith("catalog.yaml, line 4: YAML aliases expand", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CatalogLoader_NestedKeywordLists_FailInsteadOfEmptyingKeywords()
    {
        var e = Assert.Throws<CatalogException>(() =>
            CatalogLoader.Parse("touchpoints:\n  - id: x\n    keywords: [[a, b], c]\n", "catalog.yaml")
        );

        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("not nested lists", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoteWithAliasBombInFrontMatter_ReadsTheNotesWithoutItAndSaysWhy()
    {
        using var folder = new TempFolder("cx-ingest-");
        var note = folder.File("call.md", "---\n" + Bomb() + "customer: C-9\n---\n\nThe delivery was late again.\n");

        var result = new EvidenceLoader().Load([note], IngestOptions.Default);

        var record = Assert.Single(result.Records);
        Assert.Equal("The delivery was late again.", record.Text);
        Assert.Null(record.CustomerId);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(1, skipped.Line);
        Assert.Contains("alias bomb", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(InputLimits.YamlOption, skipped.Reason, StringComparison.Ordinal);
    }
}
