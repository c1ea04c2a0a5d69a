using System.Globalization;

namespace CxAssistant.Core.Metrics;

/// <summary>
/// Decides whether a metadata field is a segment and maps each record's value to a segment label:
/// categorical fields keep their values; numeric high-cardinality fields become terciles
/// ("low (≤ 25)", "mid (25–80)", "high (> 80)"); ids, free text and everything else are skipped.
/// </summary>
internal static class SegmentFields
{
    /// <summary>
    /// Labels per record (null = no value / not in a segment), or null when the field is not a segment.
    /// </summary>
    public static string?[]? Classify(IReadOnlyList<string?> values, SegmentOptions options)
    {
        var present = values.Where(v => v is not null).Select(v => v!).ToList();
        if (present.Count == 0)
        {
            return null;
        }
        if (present.Average(v => v.Length) > options.MaxAverageValueLength)
        {
            return null;
        }
        var distinct = present.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        // Numbers with many values (likes, order values) are amounts, not categories: bin them instead.
        var amounts = distinct > MaxNumericCategories && present.TrueForAll(IsNumber);
        if (!amounts && distinct >= 2 && distinct <= options.MaxDistinctValues)
        {
            return [.. values.Select(v => v is null ? null : Canonical(v, present))];
        }
        if (!options.BinNumericFields)
        {
            return null;
        }
        return Terciles(values, options);
    }

    private const int MaxNumericCategories = 5;

    private static bool IsNumber(string v) =>
        double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    // Case variants ("Pro", "pro") are one segment, labelled by the first spelling seen.
    private static string Canonical(string value, List<string> present) =>
        present.First(p => string.Equals(p, value, StringComparison.OrdinalIgnoreCase));

    private static string?[]? Terciles(IReadOnlyList<string?> values, SegmentOptions options)
    {
        var numbers = new double?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                continue;
            }
            if (
                !double.TryParse(values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !double.IsFinite(x)
            )
            {
                return null; // any non-number: not a numeric field
            }
            numbers[i] = x;
        }
        var sorted = numbers.Where(x => x is not null).Select(x => x!.Value).Order().ToList();
        if (sorted.Count < 3 * options.MinSegmentSize)
        {
            return null;
        }
        // All-distinct whole numbers are record or order numbers, not amounts.
        if (sorted.Distinct().Count() == sorted.Count && sorted.All(x => x == Math.Floor(x)))
        {
            return null;
        }
        // Nearest-rank cut points at 1/3 and 2/3; values equal to a cut fall in the lower bin.
        var cut1 = sorted[(int)Math.Ceiling(sorted.Count / 3.0) - 1];
        var cut2 = sorted[(int)Math.Ceiling(2 * sorted.Count / 3.0) - 1];
        if (cut1 >= cut2)
        {
            return null;
        }
        string a = Format(cut1),
            b = Format(cut2);
        return
        [
            .. numbers.Select(x =>
                x switch
                {
                    null => null,
                    var v when v <= cut1 => $"low (≤ {a})",
                    var v when v <= cut2 => $"mid ({a}–{b})",
                    _ => $"high (> {b})",
                }
            ),
        ];
    }

    private static string Format(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
