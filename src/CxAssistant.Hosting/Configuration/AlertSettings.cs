using System.Globalization;
using CxAssistant.Core.Alerts;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Hosting.Configuration;

/// <summary>
/// Reads the alert thresholds (<c>CxAssistant:Alerts</c>) for both apps. A missing key keeps its default; <c>off</c>
/// switches a threshold off. Throws <see cref="ArgumentException"/> naming the bad key (README, "Alerts").
/// </summary>
public static class AlertSettings
{
    public static AlertOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AlertOptions.Section);
        var defaults = new AlertOptions();
        var options = new AlertOptions
        {
            NegativeShare = Number(section, "NegativeShare", defaults.NegativeShare),
            MinMentions = (int?)Number(section, "MinMentions", defaults.MinMentions, whole: true)
                ?? defaults.MinMentions,
            NpsDrop = Number(section, "NpsDrop", defaults.NpsDrop),
            NewThemeRecords = (int?)Number(section, "NewThemeRecords", defaults.NewThemeRecords, whole: true),
        };
        var problems = options.Problems();
        return problems.Count == 0
            ? options
            : throw new ArgumentException(string.Join(" ", problems) + " See the README, \"Alerts\".");
    }

    private static double? Number(IConfigurationSection section, string key, double? fallback, bool whole = false)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }
        if (string.Equals(text.Trim(), "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            && (!whole || value == Math.Floor(value))
            ? value
            : throw new ArgumentException(
                $"{AlertOptions.Section}:{key} must be {(whole ? "a whole number" : "a number")} or off; got '{text}'. "
                    + "See the README, \"Alerts\"."
            );
    }
}
