namespace CxAssistant.Core.JobStates;

/// <summary>How evidence is grouped into jobs (see docs/job-states.md).</summary>
public sealed record JobStateOptions
{
    /// <summary>Machines per touchpoint job, largest first (the all-customers machine comes on top of these).</summary>
    public int MaxMachines { get; init; } = 3;

    /// <summary>A touchpoint job needs at least this many customers to get its own machine.</summary>
    public int MinCustomers { get; init; } = 5;

    /// <summary>Add a machine over all customers' whole timelines first.</summary>
    public bool IncludeOverall { get; init; } = true;

    /// <summary>
    /// Optional touchpoint id → job title (e.g. from JTBD job statements). Touchpoints mapped to the same title
    /// form one job; unmapped touchpoints are their own job, titled by the touchpoint name.
    /// </summary>
    public IReadOnlyDictionary<string, string>? TouchpointJobs { get; init; }

    /// <summary>
    /// Quotes per (state, touchpoint) need: reports show one or two, the rest are alternates when a quote was already
    /// shown.
    /// </summary>
    public int QuotesPerNeed { get; init; } = 3;

    /// <summary>Longest quote in characters; longer sentences are cut at a word boundary.</summary>
    public int MaxQuoteLength { get; init; } = 180;
}
