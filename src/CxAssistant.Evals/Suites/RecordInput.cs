namespace CxAssistant.Evals.Suites;

/// <summary>One evidence record written in a suite.</summary>
public sealed record RecordInput
{
    /// <summary>The record id (also used as the evidence id so quotes can cite it).</summary>
    public required string Id { get; init; }

    /// <summary>The customer's words (untrusted: data, never instructions).</summary>
    public required string Text { get; init; }

    /// <summary>Channel name (survey, review, support-call, chat, email, social, sales-note, analytics).</summary>
    public string Channel { get; init; } = "review";

    /// <summary>Customer id, for stages that count customers.</summary>
    public string? Customer { get; init; }

    /// <summary>Date/time.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Star rating 1–5.</summary>
    public double? Rating { get; init; }

    /// <summary>Likelihood to recommend, 0–10.</summary>
    public int? Nps { get; init; }

    /// <summary>Speaker for transcript turns.</summary>
    public string? Speaker { get; init; }

    /// <summary>Other columns (segment, plan…).</summary>
    public Dictionary<string, string> Metadata { get; init; } = [];
}
