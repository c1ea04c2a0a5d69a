namespace CxAssistant.Agents.Drafters;

/// <summary>The model's labels for one evidence item (annotate-batch output): labels only, never a number.</summary>
public sealed record AnnotatedItem(
    string? EvidenceId,
    IReadOnlyList<string>? Touchpoints,
    string? Intent,
    IReadOnlyList<string>? Emotions,
    string? Quote
);

/// <summary>The annotate-batch answer.</summary>
public sealed record AnnotateBatchAnswer(IReadOnlyList<AnnotatedItem>? Items);
