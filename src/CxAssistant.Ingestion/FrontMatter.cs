using System.Collections;
using CxAssistant.Ingestion.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace CxAssistant.Ingestion;

/// <summary>
/// Front matter of a Markdown note: every key becomes metadata; "channel"/"type"/"source" set the channel,
/// "customer"/"customer_id"/"account"/"client" the customer, "date"/"created"/"meeting_date" the timestamp.
/// </summary>
internal static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    /// <summary>
    /// Applies the YAML to <paramref name="info"/>; returns the parser's complaint when it is not valid YAML.
    /// </summary>
    public static string? Apply(string yaml, TranscriptInfo info, YamlLimits? limits = null)
    {
        Dictionary<object, object?>? values;
        try
        {
            // Checked first: flattening the values below walks every alias, so a bomb must never reach it.
            YamlGuard.Check(yaml, limits);
            values = Yaml.Deserialize<Dictionary<object, object?>>(yaml);
        }
        catch (YamlLimitException ex)
        {
            return $"line {ex.Start.Line}: {ex.Reason}";
        }
        catch (YamlException ex)
        {
            return ex.Message;
        }
        if (values is null)
        {
            return null;
        }
        foreach (var (rawKey, rawValue) in values)
        {
            var key = rawKey.ToString() ?? "";
            var value = Render(rawValue);
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            info.Metadata[key] = value;
            switch (ColumnName.Normalize(key))
            {
                case "channel" or "type" or "source" or "kind":
                    info.Channel ??= ChannelInference.FromValue(value);
                    break;
                case "customer" or "customer id" or "account" or "account id" or "client" or "client id":
                    info.CustomerId ??= value;
                    break;
                case "date" or "created" or "created at" or "meeting date" or "call date" or "timestamp":
                    if (TimestampParser.TryParse(value, false, false, out var at))
                    {
                        info.Timestamp ??= at;
                    }
                    break;
            }
        }
        return null;
    }

    private static string? Render(object? value) =>
        value switch
        {
            null => null,
            string s => s.Trim(),
            IDictionary map => string.Join("; ", map.Keys.Cast<object>().Select(k => $"{k}={Render(map[k])}")),
            IEnumerable list => string.Join(
                "; ",
                list.Cast<object?>().Select(Render).Where(v => !string.IsNullOrWhiteSpace(v))
            ),
            _ => value.ToString(),
        };
}
