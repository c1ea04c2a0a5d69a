namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// A recurring customer job the offline drafter knows how to phrase: anchor words that show a customer is doing it,
/// the main job, its aspirational parent (shared by themes of the same domain), performer, needs, the functional jobs
/// on its job map and its desired outcomes. A theme becomes a main job only when customers' own goal or circumstance
/// phrases point to it.
/// </summary>
internal sealed record JobTheme
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Anchors { get; init; }
    public required JobPhrase Main { get; init; }
    public required string AspirationId { get; init; }
    public required JobPhrase Aspiration { get; init; }
    public required string Performer { get; init; }
    public IReadOnlyList<string> Emotional { get; init; } = [];
    public IReadOnlyList<string> Social { get; init; } = [];
    public IReadOnlyList<JobStepTemplate> Steps { get; init; } = [];
    public IReadOnlyList<OutcomeTemplate> Outcomes { get; init; } = [];

    private string[]? _stepTriggers;
    private string[]? _outcomeTriggers;

    /// <summary>Every job-map step trigger, computed once (matched against every record).</summary>
    public IReadOnlyList<string> StepTriggers => _stepTriggers ??= [.. Steps.SelectMany(s => s.Triggers).Distinct()];

    /// <summary>Every desired-outcome trigger, computed once.</summary>
    public IReadOnlyList<string> OutcomeTriggers => _outcomeTriggers ??= [.. Outcomes.SelectMany(o => o.Triggers).Distinct()];
}
