using System.Globalization;

namespace CxAssistant.Chat.Offline;

/// <summary>
/// Numbers as answers show them: invariant culture, at most the core's precision, ASCII minus (so the claim check reads
/// them back).
/// </summary>
internal static class AnswerNumbers
{
    public static string N(double value, int decimals = 1) =>
        Math.Round(value, decimals)
            .ToString("0." + new string('#', Math.Max(1, decimals)), CultureInfo.InvariantCulture);

    public static string N(double? value, int decimals = 1) => value is null ? "n/a" : N(value.Value, decimals);

    public static string Cite(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => $" [{n}]"));
}
