using CxAssistant.Core.Evidence;

namespace CxAssistant.Web.Workspaces;

/// <summary>
/// What a workspace holds: its sources with counts, the rows skipped with reasons, and the record total.
/// </summary>
public sealed record WorkspaceSummary(
    IReadOnlyList<SourceSummary> Sources,
    IReadOnlyList<SkippedInput> Skipped,
    int Records
);
