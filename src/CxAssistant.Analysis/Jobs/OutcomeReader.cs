using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Reads desired-outcome ratings from survey columns. Pairs come from <see cref="JobsOptions"/> or are detected from
/// column names: importance_x / satisfaction_x, imp_x / sat_x, x_importance / x_satisfaction, "x (importance)" /
/// "x (satisfaction)". Each column's scale is read from its answers: when no answer is above 5 it is a 1–5 scale and
/// is rescaled linearly to 1–10 (v → 1 + (v − 1) × 9 / 4, so 1 → 1, 3 → 5.5, 5 → 10); otherwise it is taken as 1–10
/// (0 answers are clamped to 1). The scale is decided once across all the rating columns read, because a survey uses
/// one scale and a single column of low answers (a badly served outcome) must not be mistaken for a 1–5 scale.
/// Blank or unreadable answers are skipped; the mean is over the answers given.
/// </summary>
internal static partial class OutcomeReader
{
    public static IReadOnlyList<MeasuredOutcome> Read(IReadOnlyList<EvidenceRecord> records, JobsOptions options)
    {
        var pairs =
            options.ImportanceColumns.Count > 0 || options.SatisfactionColumns.Count > 0
                ? ExplicitPairs(options)
                : DetectPairs(records.SelectMany(r => r.Metadata.Keys).Distinct(StringComparer.OrdinalIgnoreCase));
        var outcomes = new List<MeasuredOutcome>();
        var columns = pairs
            .Select(p =>
                (
                    p.Name,
                    p.Importance,
                    p.Satisfaction,
                    Imp: Values(records, p.Importance),
                    Sat: Values(records, p.Satisfaction)
                )
            )
            .Where(p => p.Imp.Count > 0 && p.Sat.Count > 0)
            .ToList();
        var all = columns.SelectMany(c => c.Imp.Concat(c.Sat)).ToList();
        var fivePoint = all.Count > 0 && all.Max() <= 5 && all.Min() >= 1;
        var scale = fivePoint ? "1–5 rescaled to 1–10" : "1–10";
        foreach (var (name, impColumn, satColumn, imp, sat) in columns)
        {
            var impMean = Mean(imp, fivePoint);
            var satMean = Mean(sat, fivePoint);
            var method = string.Create(
                CultureInfo.InvariantCulture,
                $"mean of {impColumn} (n={imp.Count}) and {satColumn} (n={sat.Count}), {scale}"
            );
            outcomes.Add(
                new MeasuredOutcome(
                    name,
                    OutcomeStatements.FromName(name),
                    Math.Round(impMean, 2),
                    Math.Round(satMean, 2),
                    Math.Min(imp.Count, sat.Count),
                    method
                )
            );
        }
        return outcomes;
    }

    /// <summary>Pairs importance and satisfaction columns named for the same outcome.</summary>
    public static IReadOnlyList<(string Name, string Importance, string Satisfaction)> DetectPairs(
        IEnumerable<string> columns
    )
    {
        var importance = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var satisfaction = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in columns)
        {
            var m = Prefix().Match(column);
            if (!m.Success)
            {
                m = Suffix().Match(column);
            }
            if (!m.Success)
            {
                continue;
            }
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            var name = Words(m.Groups["x"].Value);
            if (name.Length == 0)
            {
                continue;
            }
            (kind.StartsWith("imp", StringComparison.Ordinal) ? importance : satisfaction).TryAdd(name, column);
        }
        return importance
            .Where(i => satisfaction.ContainsKey(i.Key))
            .Select(i => (i.Key, i.Value, satisfaction[i.Key]))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
    }

    private static List<(string, string, string)> ExplicitPairs(JobsOptions options)
    {
        if (options.ImportanceColumns.Count != options.SatisfactionColumns.Count)
        {
            throw new ArgumentException(
                $"{options.ImportanceColumns.Count} importance columns but "
                    + $"{options.SatisfactionColumns.Count} satisfaction columns; they pair "
                    + $"by position.",
                nameof(options)
            );
        }
        return options
            .ImportanceColumns.Zip(options.SatisfactionColumns)
            .Select(p => (OutcomeName(p.First, p.Second), p.First, p.Second))
            .ToList();
    }

    // The outcome's name: the importance column without its importance marker, else the column itself.
    private static string OutcomeName(string importance, string satisfaction)
    {
        var m = Prefix().Match(importance);
        if (!m.Success)
        {
            m = Suffix().Match(importance);
        }
        return m.Success ? Words(m.Groups["x"].Value)
            : Words(importance) is { Length: > 0 } w ? w
            : Words(satisfaction);
    }

    private static List<double> Values(IReadOnlyList<EvidenceRecord> records, string column)
    {
        var values = new List<double>();
        foreach (var r in records)
        {
            if (
                r.Metadata.TryGetValue(column, out var raw)
                && double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
                && v >= 0
                && v <= 10
            )
            {
                values.Add(v);
            }
        }
        return values;
    }

    private static double Mean(List<double> values, bool fivePoint) =>
        fivePoint ? values.Average(v => 1 + (v - 1) * 9 / 4) : values.Average(v => Math.Max(1, v));

    private static string Words(string text) =>
        string.Join(
            ' ',
            Regex
                .Split(text.Trim().ToLowerInvariant(), @"[\s_\-.()]+", RegexOptions.None, TimeSpan.FromSeconds(1))
                .Where(w => w.Length > 0)
        );

    [GeneratedRegex(@"^\s*(?<kind>importance|imp|satisfaction|sat)(?:[\s_\-.:]+)(?<x>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(
        @"^\s*(?<x>.+?)(?:[\s_\-.:]+|\s*\(\s*)(?<kind>importance|imp|satisfaction|sat)\s*\)?\s*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Suffix();
}
