using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Evals.Runs;

/// <summary>Model prices in USD per million tokens, from the <c>CxAssistant:Prices</c> configuration section (<c>"gpt-4o-mini": { "Input": 0.15, "Output": 0.60 }</c>).</summary>
public sealed class Pricing(IReadOnlyDictionary<string, (double Input, double Output)> prices)
{
    /// <summary>No prices.</summary>
    public static readonly Pricing None = new(new Dictionary<string, (double, double)>());

    /// <summary>Reads prices from configuration; keys starting with '_' are comments.</summary>
    public static Pricing From(IConfiguration configuration)
    {
        var map = new Dictionary<string, (double, double)>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in configuration.GetSection("CxAssistant:Prices").GetChildren().Where(c => !c.Key.StartsWith('_')))
        {
            static double Read(IConfigurationSection s, string key) =>
                double.TryParse(s[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
                : throw new EvalConfigurationException($"CxAssistant:Prices:{s.Key}:{key} must be a number (USD per 1M tokens); see README 'Evaluating prompts'.");
            map[model.Key] = (Read(model, "Input"), Read(model, "Output"));
        }
        return new Pricing(map);
    }

    /// <summary>Cost in USD, or null when the model has no price.</summary>
    public double? Cost(string? model, long inputTokens, long outputTokens) =>
        model is not null && prices.TryGetValue(model, out var p) ? Math.Round((inputTokens * p.Input + outputTokens * p.Output) / 1_000_000, 8) : null;

    /// <summary>True when <paramref name="model"/> has a price.</summary>
    public bool Has(string? model) => model is not null && prices.ContainsKey(model);
}
