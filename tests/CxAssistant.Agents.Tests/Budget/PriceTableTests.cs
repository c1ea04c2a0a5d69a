using CxAssistant.Agents.Budget;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Tests.Budget;

public sealed class PriceTableTests
{
    [Theory]
    [InlineData("gpt-4o-mini", null, 0.15, 0.60)]
    [InlineData("gpt-4o-mini-2024-07-18", null, 0.15, 0.60)]
    [InlineData("gpt-4o", "azure", 2.50, 10.00)]
    [InlineData("GPT-4.1-mini", null, 0.40, 1.60)]
    [InlineData("gpt-5.4-2026-03-05", null, 2.50, 15.00)]
    [InlineData("gpt-5-mini", null, 0.25, 2.00)]
    [InlineData("llama3.1", "ollama", 0, 0)]
    public void For_CommonModel_HasADatedDefaultPrice(string model, string? provider, double input, double output)
    {
        var price = PriceTable.Defaults.For(model, provider);
        Assert.True(price.Known);
        Assert.Equal(((decimal)input, (decimal)output), (price.InputPerMillion, price.OutputPerMillion));
        Assert.NotEmpty(price.Origin);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", PriceTable.AsOf);
    }

    [Fact]
    public void From_ConfiguredPrice_WinsOverTheDefaultAndUnknownModelsStayUnpriced()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([
                new("CxAssistant:Prices:gpt-4o-mini:Input", "0.10"),
                new("CxAssistant:Prices:gpt-4o-mini:Output", "0.40"),
                new("CxAssistant:Prices:_comment", "ignored"),
            ])
            .Build();
        var table = PriceTable.From(configuration);

        var price = table.For("gpt-4o-mini");
        Assert.Equal(
            (0.10m, 0.40m, "CxAssistant:Prices:gpt-4o-mini"),
            (price.InputPerMillion, price.OutputPerMillion, price.Origin)
        );
        Assert.Equal(
            (1_000_000 * 0.10 + 1_000_000 * 0.40) / 1_000_000,
            table.Cost("gpt-4o-mini", 1_000_000, 1_000_000)
        );
        Assert.False(table.For("my-own-finetune").Known);
        Assert.Null(table.Cost("my-own-finetune", 10, 10));
    }

    [Fact]
    public void From_PriceThatIsNotANumber_NamesTheKey()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("CxAssistant:Prices:gpt-4o:Input", "cheap")])
            .Build();
        var e = Assert.Throws<FormatException>(() => PriceTable.From(configuration));
        Assert.Contains("CxAssistant:Prices:gpt-4o:Input", e.Message, StringComparison.Ordinal);
    }
}
