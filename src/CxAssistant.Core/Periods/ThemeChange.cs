using System.Text.Json.Serialization;

namespace CxAssistant.Core.Periods;

/// <summary>
/// What a compared theme is: a catalog touchpoint, a touchpoint discovered in the data, or a kind of pain.
/// </summary>
public enum ThemeKind
{
    Touchpoint,
    DiscoveredTouchpoint,
    Pain,
}

/// <summary>
/// How one touchpoint or pain changed between two periods. Shares are of the period's customer records (business turns
/// and analytics rows left out):
/// <see cref="Volume"/> records that mention it of all records; <see cref="Negative"/> negative records of those that
/// mention it (how customers feel when they bring it up); <see cref="Complaints"/> negative records that mention it of
/// all
/// records; <see cref="NpsImpact"/> detractor answers linked to its records of all NPS answers (the scoring core's NPS
/// impact, per period), null when neither period has NPS answers.
/// </summary>
public sealed record ThemeChange(
    string Id,
    string Name,
    ThemeKind Kind,
    ShareChange Volume,
    ShareChange Negative,
    ShareChange Complaints,
    ShareChange? NpsImpact,
    bool IsNew,
    bool IsGrowing
)
{
    /// <summary>New in the latest period, or its volume grew beyond chance.</summary>
    public bool IsEmerging => IsNew || IsGrowing;

    /// <summary>Any of its changes is beyond chance (or it is new).</summary>
    [JsonIgnore]
    public bool Changed =>
        IsNew
        || Volume.Significant
        || Negative.Significant
        || Complaints.Significant
        || NpsImpact is { Significant: true };

    /// <summary>The smallest p-value among its tests: how sure the clearest of its changes is.</summary>
    [JsonIgnore]
    public double MinP => Math.Min(Math.Min(Volume.P, Negative.P), Math.Min(Complaints.P, NpsImpact?.P ?? 1));
}
