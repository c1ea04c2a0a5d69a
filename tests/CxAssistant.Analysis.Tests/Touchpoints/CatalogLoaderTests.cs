using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class CatalogLoaderTests
{
    [Fact]
    public void Parse_ValidCatalog_ReadsAllFields()
    {
        const string yaml = """
            name: Acme
            touchpoints:
              - id: customer-service
                name: Customer service
                stage: support
                description: Help from agents by phone.
                keywords: [agent, hold]
                owner: Support
                channel: phone
                colour: blue
              - name: Check-in & Boarding
                stage: decision
                keywords: gate, kiosk
              - name: Fans
                stage: advocacy
            """;

        var catalog = CatalogLoader.Parse(yaml, "acme.yaml");

        Assert.Equal("Acme", catalog.Name);
        var cs = catalog.Touchpoints[0];
        Assert.Equal(
            ("customer-service", JourneyStage.Support, "Support", "phone"),
            (cs.Id, cs.Stage, cs.Owner, cs.Channel)
        );
        Assert.Equal(["agent", "hold"], cs.Keywords);
        Assert.Equal(TouchpointOrigin.Catalog, cs.Origin);
        Assert.Equal("check-in-boarding", catalog.Touchpoints[1].Id);
        Assert.Equal(JourneyStage.Purchase, catalog.Touchpoints[1].Stage);
        Assert.Equal(["gate", "kiosk"], catalog.Touchpoints[1].Keywords);
        Assert.Equal(JourneyStage.Loyalty, catalog.Touchpoints[2].Stage);
    }

    [Fact]
    public void Parse_NoName_UsesFileName()
    {
        var catalog = CatalogLoader.Parse("touchpoints:\n  - name: Delivery\n", "/data/my-shop.yaml");

        Assert.Equal("my-shop", catalog.Name);
        Assert.Equal(JourneyStage.Usage, catalog.Touchpoints[0].Stage);
    }

    [Fact]
    public void Parse_MalformedYaml_NamesFileAndLine()
    {
        const string yaml = "touchpoints:\n  - id: a\n    name: [unclosed\n  - id: b\n";

        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Parse(yaml, "bad.yaml"));

        Assert.StartsWith("bad.yaml, line ", e.Message);
        Assert.Contains("malformed YAML", e.Message);
    }

    [Fact]
    public void Parse_TouchpointWithoutIdOrName_ReportsItsLine()
    {
        const string yaml = "touchpoints:\n  - id: a\n    name: A\n  - description: orphan\n";

        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Parse(yaml, "c.yaml"));

        Assert.Equal("c.yaml, line 4: touchpoint has neither an id nor a name.", e.Message);
    }

    [Fact]
    public void Parse_DuplicateId_ReportsBothLines()
    {
        const string yaml = "touchpoints:\n  - id: delivery\n  - name: Support\n  - name: Delivery\n";

        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Parse(yaml, "c.yaml"));

        Assert.Equal("c.yaml, line 4: duplicate touchpoint id 'delivery' (first defined on line 2).", e.Message);
    }

    [Fact]
    public void Parse_UnknownStage_ListsAllowedStages()
    {
        const string yaml = "touchpoints:\n  - id: a\n    stage: shipping\n";

        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Parse(yaml, "c.yaml"));

        Assert.Contains("c.yaml, line 3: unknown stage 'shipping'", e.Message);
        Assert.Contains("awareness, consideration, purchase", e.Message);
        Assert.Contains("loyalty", e.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("foo: bar\n", "missing 'touchpoints:'")]
    [InlineData("touchpoints: 3\n", "must be a list")]
    public void Parse_WrongShape_ExplainsWhatIsExpected(string yaml, string expected)
    {
        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Parse(yaml, "c.yaml"));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        var e = Assert.Throws<CatalogException>(() => CatalogLoader.Load("/nonexistent/catalog.yaml"));

        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void Load_DevCatalog_ReadsEightTouchpoints()
    {
        var catalog = DevSet.Catalog("airline-8");

        Assert.Equal(8, catalog.Touchpoints.Count);
        Assert.Equal("airline-8", catalog.Name);
    }
}
