using System.Text.RegularExpressions;

namespace CxAssistant.Core.Validation;

/// <summary>
/// Finds text a prose draft puts in quotation marks ("…", “…”) and checks that each is a verbatim part of one of the
/// evidence texts it was given, so a narrative cannot attribute invented words to customers.
/// </summary>
public static partial class InlineQuoteCheck
{
    /// <summary>The check's name in findings.</summary>
    public const string Name = "inline-quotes";

    /// <summary>
    /// Findings for every quoted passage (3+ characters) found in none of <paramref name="evidenceTexts"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Check(string text, IEnumerable<string> evidenceTexts, string where = "text")
    {
        ArgumentNullException.ThrowIfNull(text);
        var sources = evidenceTexts.ToList();
        var findings = new List<Finding>();
        foreach (Match m in QuotePattern().Matches(text))
        {
            var quoted = m.Groups["q"].Value.Trim();
            if (quoted.Length >= 3 && !sources.Any(s => s.Contains(quoted, StringComparison.Ordinal)))
            {
                findings.Add(
                    new Finding(
                        Name,
                        $"{where} quotes "
                            + $"\"{(quoted.Length <= 60 ? quoted : quoted[..57] + "…")}\", which no "
                            + $"customer wrote; quote verbatim or do not quote"
                    )
                );
            }
        }
        return findings;
    }

    [GeneratedRegex("[\"“](?<q>[^\"“”]+)[\"”]")]
    private static partial Regex QuotePattern();
}
