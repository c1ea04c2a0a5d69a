namespace CxAssistant.Core.Alerts;

/// <summary>
/// Alert thresholds, configuration section <c>CxAssistant:Alerts</c> (README, "Alerts"). A threshold set to null is
/// off.
/// </summary>
public sealed record AlertOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string Section = "CxAssistant:Alerts";

    /// <summary>
    /// A touchpoint whose records are negative more often than this share (0–1) when customers mention it.
    /// </summary>
    public double? NegativeShare { get; init; } = 0.5;

    /// <summary>
    /// Mentions a touchpoint needs before <see cref="NegativeShare"/> is judged (fewer is a signal, not a finding).
    /// </summary>
    public int MinMentions { get; init; } = 20;

    /// <summary>NPS fell by more than this many points between the period before and the latest.</summary>
    public double? NpsDrop { get; init; } = 10;

    /// <summary>A theme absent from the period before with at least this many records in the latest.</summary>
    public int? NewThemeRecords { get; init; } = 5;

    /// <summary>What is wrong with these values, naming the key; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (NegativeShare is < 0 or > 1 || NegativeShare is { } s && !double.IsFinite(s))
        {
            problems.Add($"{Section}:NegativeShare must be a share between 0 and 1 (0.5 = 50%), not {NegativeShare}.");
        }
        if (MinMentions < 1)
        {
            problems.Add($"{Section}:MinMentions must be at least 1, not {MinMentions}.");
        }
        if (NpsDrop is < 0 or > 200 || NpsDrop is { } d && !double.IsFinite(d))
        {
            problems.Add($"{Section}:NpsDrop must be NPS points between 0 and 200, not {NpsDrop}.");
        }
        if (NewThemeRecords is < 1)
        {
            problems.Add($"{Section}:NewThemeRecords must be at least 1, not {NewThemeRecords}.");
        }
        return problems;
    }
}
