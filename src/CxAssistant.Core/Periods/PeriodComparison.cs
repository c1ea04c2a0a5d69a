using System.Text.Json.Serialization;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Periods;

/// <summary>Customer records dated in one period.</summary>
public sealed record PeriodCount(string Period, int Records);

/// <summary>
/// Overall NPS in two periods and whether the change is beyond chance (z-test on the NPS estimator's variance).
/// </summary>
public sealed record NpsChange(NpsResult Before, NpsResult After, double Change, double Z, double P, bool Significant);

/// <summary>
/// The latest period (<see cref="After"/>) against the one before (<see cref="Before"/>): overall NPS and, per
/// touchpoint
/// and pain, the changes in volume, negative share, complaints and NPS impact with their significance. Themes are
/// ordered
/// with those that changed first (smallest p first), then by the size of their complaint change. See docs/periods.md.
/// </summary>
public sealed record PeriodComparison(
    PeriodGrain? Grain,
    string Before,
    string After,
    int BeforeRecords,
    int AfterRecords,
    IReadOnlyList<PeriodCount> Periods,
    NpsChange? Nps,
    IReadOnlyList<ThemeChange> Themes
)
{
    /// <summary>New themes and themes whose volume grew beyond chance.</summary>
    [JsonIgnore]
    public IEnumerable<ThemeChange> Emerging => Themes.Where(t => t.IsEmerging);

    /// <summary>Themes with at least one change beyond chance.</summary>
    [JsonIgnore]
    public IEnumerable<ThemeChange> Changed => Themes.Where(t => t.Changed);
}
