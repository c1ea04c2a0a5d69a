namespace CxAssistant.Ingestion;

/// <summary>
/// The value shape of one column over a sample of rows: how many cells are numbers, integers, dates,
/// how long and how varied the text is. Detection decisions are made from these figures.
/// </summary>
internal sealed class ColumnProfile
{
    private const int SampleRows = 2000;

    public required int Index { get; init; }
    public required string Name { get; init; }
    public required string NormalizedName { get; init; }

    /// <summary>The normalised description (question text), when the file gives one.</summary>
    public string? NormalizedDescription { get; init; }
    public int NonEmpty { get; private set; }
    public int Numeric { get; private set; }
    public int Integers { get; private set; }
    public double Min { get; private set; } = double.MaxValue;
    public double Max { get; private set; } = double.MinValue;
    public int Dates { get; private set; }
    public int Distinct { get; private set; }
    public double AverageLength { get; private set; }
    public double AverageWords { get; private set; }
    public int DistinctNumbers { get; private set; }
    public bool DayFirst { get; private set; }

    public double NumericShare => NonEmpty == 0 ? 0 : (double)Numeric / NonEmpty;
    public double DateShare => NonEmpty == 0 ? 0 : (double)Dates / NonEmpty;
    public double DistinctShare => NonEmpty == 0 ? 0 : (double)Distinct / NonEmpty;

    /// <summary>Numbers within [low, high] in at least <paramref name="share"/> of the cells.</summary>
    public bool NumbersWithin(double low, double high, double share = 0.9) =>
        Numeric > 0 && NumericShare >= share && Min >= low && Max <= high;

    public bool AllIntegersWithin(double low, double high, double share = 0.9) =>
        NumbersWithin(low, high, share) && Integers == Numeric;

    /// <summary>How strongly the column's name (or its question text) suggests <paramref name="role"/>.</summary>
    public int HintScore(string role) =>
        Math.Max(
            ColumnNameHints.Score(role, NormalizedName),
            NormalizedDescription is null ? 0 : ColumnNameHints.Score(role, NormalizedDescription)
        );

    public static List<ColumnProfile> Build(TabularData table)
    {
        var rows = table.Rows.Count <= SampleRows ? table.Rows : table.Rows.GetRange(0, SampleRows);
        var profiles = new List<ColumnProfile>(table.Columns.Count);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var profile = new ColumnProfile
            {
                Index = c,
                Name = table.Columns[c],
                NormalizedName = ColumnName.Normalize(table.Columns[c]),
                NormalizedDescription = table.Descriptions.TryGetValue(c, out var d) ? ColumnName.Normalize(d) : null,
            };
            profile.Measure(rows.Select(r => r[c]).OfType<string>().ToList());
            profiles.Add(profile);
        }
        return profiles;
    }

    private void Measure(List<string> values)
    {
        NonEmpty = values.Count;
        if (NonEmpty == 0)
        {
            return;
        }
        DayFirst = TimestampParser.LooksDayFirst(values);
        var numbers = new HashSet<double>();
        long length = 0,
            words = 0;
        foreach (var v in values)
        {
            length += v.Length;
            words += v.AsSpan().Count(' ') + 1;
            if (ScoreParser.TryParse(v, out var n) && IsPlainNumber(v))
            {
                Numeric++;
                numbers.Add(n);
                if (ScoreParser.IsInteger(n))
                {
                    Integers++;
                }
                Min = Math.Min(Min, n);
                Max = Math.Max(Max, n);
            }
            else if (TimestampParser.TryParse(v, DayFirst, allowEpoch: false, out _))
            {
                Dates++;
            }
        }
        Distinct = values.Distinct(StringComparer.Ordinal).Count();
        DistinctNumbers = numbers.Count;
        AverageLength = (double)length / NonEmpty;
        AverageWords = (double)words / NonEmpty;
    }

    /// <summary>
    /// Numbers with at most a short label ("9 - Extremely likely" yes, "2 items broke" no). A list ("2; 3", a JSON
    /// array flattened) is not a score: a review's helpful-vote pair must never pass for an NPS answer.
    /// </summary>
    private static bool IsPlainNumber(string v) => !v.Contains(';') && (v.Length <= 24 || v.AsSpan().Count(' ') <= 3);
}
