using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>Improvement hypotheses for the fix-first touchpoints (or the one asked for).</summary>
public sealed record HypothesesResult(
    IReadOnlyList<HypothesisView> Hypotheses,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations
);
