using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Budget;

/// <summary>
/// A model's price in USD per 1M tokens, read from configuration <c>CxAssistant:Prices:&lt;model&gt;:{Input,Output}</c>
/// (see appsettings.example.json). Unknown models cost nothing in estimates, and say so.
/// </summary>
public sealed record ModelPrice(string Model, decimal InputPerMillion, decimal OutputPerMillion, bool Known)
{
    /// <summary>The price of <paramref name="model"/>, or an unknown (zero) price.</summary>
    public static ModelPrice From(IConfiguration configuration, string model)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection($"CxAssistant:Prices:{model}");
        var input = Parse(section["Input"]);
        var output = Parse(section["Output"]);
        return input is null && output is null
            ? new ModelPrice(model, 0, 0, Known: false)
            : new ModelPrice(model, input ?? 0, output ?? 0, Known: true);
    }

    /// <summary>USD for a number of input and output tokens.</summary>
    public decimal Cost(long inputTokens, long outputTokens) =>
        (inputTokens * InputPerMillion + outputTokens * OutputPerMillion) / 1_000_000m;

    private static decimal? Parse(string? value) =>
        decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
