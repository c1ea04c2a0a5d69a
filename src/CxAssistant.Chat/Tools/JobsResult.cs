using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>Jobs to be done and desired outcomes, highest opportunity first.</summary>
public sealed record JobsResult(
    IReadOnlyList<JobView> Jobs,
    IReadOnlyList<OutcomeView> Outcomes,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations
);
