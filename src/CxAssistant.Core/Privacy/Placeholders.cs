using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// The placeholder vocabulary: "[EMAIL]" (unnumbered, <see cref="Redaction.Placeholder"/>) and "[EMAIL-3]" (numbered by
/// a
/// <see cref="PlaceholderTable"/>). Text that went through the redactor may carry either; code that compares such text
/// with records (quote grounding, citations) recognises both.
/// </summary>
public static partial class Placeholders
{
    /// <summary>"[EMAIL-3]" for type Email and number 3.</summary>
    public static string Numbered(PiiType type, int number) =>
        Redaction.Placeholder(type).Insert(Redaction.Placeholder(type).Length - 1, "-" + number);

    /// <summary>True when <paramref name="text"/> holds at least one placeholder.</summary>
    public static bool Any(string text) => text.Contains('[', StringComparison.Ordinal) && Pattern().IsMatch(text);

    /// <summary>Every placeholder in <paramref name="text"/> with its type, in order.</summary>
    public static IEnumerable<(PiiType Type, int Start, int End)> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            yield return (TypeOf(m.Groups["t"].Value), m.Index, m.Index + m.Length);
        }
    }

    /// <summary>The type and number of every numbered placeholder in <paramref name="text"/>.</summary>
    public static IEnumerable<(PiiType Type, int Number)> Numbers(string text)
    {
        if (!Any(text))
        {
            yield break;
        }
        foreach (Match m in Pattern().Matches(text))
        {
            if (m.Groups["n"].Success)
            {
                yield return (
                    TypeOf(m.Groups["t"].Value),
                    int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
                );
            }
        }
    }

    /// <summary>The text with every numbered placeholder made plain ("[EMAIL-3]" → "[EMAIL]").</summary>
    public static string Unnumbered(string text) =>
        Any(text) ? Pattern().Replace(text, m => "[" + m.Groups["t"].Value + "]") : text;

    /// <summary>
    /// The regular-expression source that matches one placeholder of <paramref name="type"/>, numbered or not.
    /// </summary>
    public static string PatternFor(PiiType type) =>
        Regex.Escape(Redaction.Placeholder(type)[..^1]) + @"(?:-\d{1,6})?\]";

    private static PiiType TypeOf(string name) =>
        name switch
        {
            "EMAIL" => PiiType.Email,
            "PHONE" => PiiType.Phone,
            "CARD" => PiiType.Card,
            "IBAN" => PiiType.Iban,
            "IP" => PiiType.Ip,
            "ADDRESS" => PiiType.Address,
            _ => PiiType.Name,
        };

    [GeneratedRegex(
        @"\[(?<t>EMAIL|PHONE|CARD|IBAN|IP|ADDRESS|NAME)(?:-(?<n>\d{1,6}))?\]",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Pattern();
}
