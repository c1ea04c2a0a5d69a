using CxAssistant.Agents.Drafting;

namespace CxAssistant.Agents.Drafters;

/// <summary>One job statement as the model rewords it.</summary>
public sealed record JobDraft(
    string? Id,
    string? Verb,
    string? Object,
    string? Clarifier,
    IReadOnlyList<ModelQuote>? Quotes
);

/// <summary>The job-statements answer.</summary>
public sealed record JobDrafts(IReadOnlyList<JobDraft>? Statements);
