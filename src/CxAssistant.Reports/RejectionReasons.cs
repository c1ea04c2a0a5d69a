using System.Text.RegularExpressions;

namespace CxAssistant.Reports;

/// <summary>
/// Why the job-statement rules rejected candidates, as an owner reads it: the linter's finding without the rejected
/// words ("'peaceful' is not a verb" → "not a verb"), counted. The candidates themselves are customer fragments, useful
/// to an evaluator and noise to an owner: they stay in analysis.json (<c>jobs.rejectedExamples</c>), never in the
/// report.
/// </summary>
public static partial class RejectionReasons
{
    /// <summary>Reasons with their counts, commonest first (ties by text).</summary>
    /// <param name="examples">Entries shaped <c>'candidate': finding</c> (or <c>'candidate' finding</c>).</param>
    public static IReadOnlyList<(string Reason, int Count)> Count(IEnumerable<string> examples) =>
        [
            .. examples
                .Select(Reason)
                .Where(r => r.Length > 0)
                .GroupBy(r => r, StringComparer.Ordinal)
                .Select(g => (g.Key, g.Count()))
                .OrderByDescending(p => p.Item2)
                .ThenBy(p => p.Key, StringComparer.Ordinal),
        ];

    /// <summary>The finding of one rejected candidate with every quoted word removed.</summary>
    public static string Reason(string example)
    {
        var split = example.IndexOf("': ", StringComparison.Ordinal);
        var finding = split >= 0 ? example[(split + 3)..] : example;
        var reason = Quoted().Replace(finding, " ");
        reason = Spaces().Replace(reason, " ").Trim(' ', ':', '.', ',');
        return reason.StartsWith("is ", StringComparison.Ordinal) ? reason[3..] : reason;
    }

    [GeneratedRegex(@"'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
