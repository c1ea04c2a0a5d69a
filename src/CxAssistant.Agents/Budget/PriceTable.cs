using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Budget;

/// <summary>
/// Model prices in USD per 1M tokens: a dated default table for common OpenAI and Azure OpenAI models
/// (<c>Resources/model-prices.json</c>), overridden by configuration
/// <c>CxAssistant:Prices:&lt;model&gt;:{Input,Output}</c>.
/// A dated snapshot ("gpt-4o-mini-2024-07-18") takes the price of the longest model name it starts with; a model
/// served by Ollama runs on this machine and costs nothing. One table for analysis runs, dry runs and evals.
/// </summary>
public sealed class PriceTable
{
    private static readonly Lazy<(string AsOf, Dictionary<string, (decimal, decimal)> Prices)> Table = new(
        LoadDefaults
    );
    private readonly Dictionary<string, (decimal Input, decimal Output)> _configured;

    private PriceTable(Dictionary<string, (decimal, decimal)> configured) => _configured = configured;

    /// <summary>The defaults only.</summary>
    public static PriceTable Defaults { get; } =
        new(new Dictionary<string, (decimal, decimal)>(StringComparer.OrdinalIgnoreCase));

    /// <summary>When the default prices were taken from the providers' price pages.</summary>
    public static string AsOf => Table.Value.AsOf;

    /// <summary>The defaults with <c>CxAssistant:Prices</c> on top; keys starting with '_' are comments.</summary>
    /// <exception cref="FormatException">A configured price is not a number (the message names the key).</exception>
    public static PriceTable From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var map = new Dictionary<string, (decimal, decimal)>(StringComparer.OrdinalIgnoreCase);
        foreach (
            var model in configuration.GetSection("CxAssistant:Prices").GetChildren().Where(c => !c.Key.StartsWith('_'))
        )
        {
            map[model.Key] = (Read(model, "Input"), Read(model, "Output"));
        }
        return new PriceTable(map);
    }

    /// <summary>
    /// The price of <paramref name="model"/> on <paramref name="provider"/> (an unknown price when neither table has
    /// it).
    /// </summary>
    public ModelPrice For(string? model, string? provider = null)
    {
        var name = model ?? "";
        if (string.Equals(provider, "ollama", StringComparison.OrdinalIgnoreCase))
        {
            return new ModelPrice(name, 0, 0, Known: true) { Origin = "local model (Ollama)" };
        }
        if (_configured.TryGetValue(name, out var configured))
        {
            return new ModelPrice(name, configured.Input, configured.Output, Known: true)
            {
                Origin = $"CxAssistant:Prices:{name}",
            };
        }
        var defaults = Table.Value.Prices;
        var match = defaults
            .Keys.Where(k => name.StartsWith(k, StringComparison.OrdinalIgnoreCase))
            .MaxBy(k => k.Length);
        return match is null
            ? new ModelPrice(name, 0, 0, Known: false)
            : new ModelPrice(name, defaults[match].Item1, defaults[match].Item2, Known: true)
            {
                Origin = $"default price of {match} as of {AsOf}",
            };
    }

    /// <summary>USD for the tokens, or null when the model has no price.</summary>
    public double? Cost(string? model, long inputTokens, long outputTokens, string? provider = null) =>
        For(model, provider) is { Known: true } price
            ? Math.Round((double)price.Cost(inputTokens, outputTokens), 8)
            : null;

    /// <summary>True when <paramref name="model"/> has a price.</summary>
    public bool Has(string? model, string? provider = null) => model is not null && For(model, provider).Known;

    private static decimal Read(IConfigurationSection model, string key) =>
        decimal.TryParse(model[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException(
                $"CxAssistant:Prices:{model.Key}:{key} must be a number of USD per 1M tokens "
                    + $"(got '{model[key]}'); see appsettings.example.json."
            );

    private static (string, Dictionary<string, (decimal, decimal)>) LoadDefaults()
    {
        using var stream = typeof(PriceTable).Assembly.GetManifestResourceStream(
            "CxAssistant.Agents.Resources.model-prices.json"
        ) ?? throw new InvalidOperationException("The default price table is missing from the assembly.");
        using var doc = JsonDocument.Parse(stream);
        var prices = new Dictionary<string, (decimal, decimal)>(StringComparer.OrdinalIgnoreCase);
        foreach (var model in doc.RootElement.GetProperty("models").EnumerateObject())
        {
            prices[model.Name] = (
                model.Value.GetProperty("input").GetDecimal(),
                model.Value.GetProperty("output").GetDecimal()
            );
        }
        return (doc.RootElement.GetProperty("asOf").GetString()!, prices);
    }
}
