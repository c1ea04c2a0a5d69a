using System.Globalization;
using System.Text.RegularExpressions;

namespace CxAssistant.Chat.Model;

/// <summary>
/// Checks that every number in a model's answer came from a tool result (or the question): a number written with
/// d decimals is supported when some tool figure rounds to it at d decimals. Unsupported numbers are marked
/// "[unverified]" in the text and listed as findings; citation markers like [3] must name a citation the tools returned.
/// Quotations are <see cref="CitationCheck"/>'s: they must be the words of a record the answer cites.
/// </summary>
public static partial class ClaimCheck
{
    /// <summary>The marker put after an unsupported number.</summary>
    public const string Unverified = "[unverified]";

    /// <summary>Checks <paramref name="answer"/> against the tool results; returns the corrected text and the findings.</summary>
    public static (string Text, IReadOnlyList<string> Findings) Check(string answer, IEnumerable<string> toolResults, string question, IReadOnlyCollection<int> citationNumbers)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var known = toolResults.Append(question).SelectMany(Numbers).Select(n => n.Value).ToList();
        var findings = new List<string>();
        foreach (Match m in CitationMarker().Matches(answer))
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!citationNumbers.Contains(n)) findings.Add($"Citation [{n}] does not match any source the tools returned.");
        }
        var text = NumberPattern().Replace(answer, m =>
        {
            if (IsCitation(answer, m)) return m.Value;
            var (value, decimals) = Parse(m.Value);
            if (known.Any(k => Math.Round(k, decimals) == value || Math.Round(-k, decimals) == value && m.Value[0] != '-')) return m.Value;
            findings.Add($"The number {m.Value} does not come from any tool result.");
            return m.Value + " " + Unverified;
        });
        return (text, findings);
    }

    private static bool IsCitation(string text, Match m) =>
        m.Index > 0 && text[m.Index - 1] == '[' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ']';

    private static IEnumerable<(double Value, int Decimals)> Numbers(string text) =>
        NumberPattern().Matches(text).Select(m => Parse(m.Value));

    private static (double Value, int Decimals) Parse(string token)
    {
        var clean = token.Replace('−', '-');
        var dot = clean.IndexOf('.', StringComparison.Ordinal);
        return (double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture), dot < 0 ? 0 : clean.Length - dot - 1);
    }

    [GeneratedRegex(@"(?<![\w.])[-−]?\d+(?:\.\d+)?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex CitationMarker();
}
