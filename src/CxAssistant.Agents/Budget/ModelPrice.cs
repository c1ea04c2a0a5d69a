using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Budget;

/// <summary>
/// A model's price in USD per 1M tokens, from the <see cref="PriceTable"/> (dated defaults, configuration on top).
/// Unknown models cost nothing in estimates, and say so.
/// </summary>
public sealed record ModelPrice(string Model, decimal InputPerMillion, decimal OutputPerMillion, bool Known)
{
    /// <summary>
    /// Where the price comes from ("CxAssistant:Prices:gpt-4o", "default price of gpt-4o as of 2026-03-21").
    /// </summary>
    public string Origin { get; init; } = "";

    /// <summary>
    /// The price of <paramref name="model"/> on <paramref name="provider"/>: configuration first, then the defaults.
    /// </summary>
    public static ModelPrice From(IConfiguration configuration, string model, string? provider = null) =>
        PriceTable.From(configuration).For(model, provider);

    /// <summary>USD for a number of input and output tokens.</summary>
    public decimal Cost(long inputTokens, long outputTokens) =>
        (inputTokens * InputPerMillion + outputTokens * OutputPerMillion) / 1_000_000m;
}
