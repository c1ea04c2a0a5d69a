using System.Text;
using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Fills remedy templates: <c>{name}</c> placeholders take this business's values; text inside <c>[[ … ]]</c> is
/// dropped when a placeholder in it has no value, so a remedy reads naturally with or without a figure from the
/// evidence.
/// </summary>
public static partial class HypothesisTemplate
{
    /// <summary>
    /// The filled text, or null when a placeholder outside an optional segment has no value (the remedy cannot be
    /// used).
    /// </summary>
    public static string? Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var withOptional = Optional().Replace(template, m => Replace(m.Groups[1].Value, values) ?? "");
        var filled = Replace(withOptional, values);
        return filled is null ? null : Spaces().Replace(filled, " ").Trim();
    }

    /// <summary>Names of the placeholders a template uses.</summary>
    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    private static string? Replace(string text, IReadOnlyDictionary<string, string> values)
    {
        var missing = false;
        var result = Placeholder()
            .Replace(text, m =>
            {
                if (values.TryGetValue(m.Groups[1].Value, out var v) && !string.IsNullOrWhiteSpace(v))
                {
                    return v;
                }
                missing = true;
                return "";
            });
        return missing ? null : result;
    }

    /// <summary>Joins phrases as "a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return "";
        }
        if (items.Count == 1)
        {
            return items[0];
        }
        var sb = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append(
                    i == 0 ? ""
                    : i == items.Count - 1 ? " and "
                    : ", "
                )
                .Append(items[i]);
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\[\[(.*?)\]\]", RegexOptions.Singleline)]
    private static partial Regex Optional();

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[ ]{2,}")]
    private static partial Regex Spaces();
}
