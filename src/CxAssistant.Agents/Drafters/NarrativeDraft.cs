using CxAssistant.Core.Analysis;

namespace CxAssistant.Agents.Drafters;

/// <summary>The report-narrative answer.</summary>
public sealed record NarrativeDraft(string? Summary);

/// <summary>The report's summary paragraph and where it came from.</summary>
public sealed record ReportNarrative(string Text, Provenance Provenance);
