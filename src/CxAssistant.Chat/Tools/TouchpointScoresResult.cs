using CxAssistant.Chat.Citations;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// Touchpoints in priority order (or the one asked for), out of <see cref="TotalTouchpoints"/> scored.
/// </summary>
public sealed record TouchpointScoresResult(
    IReadOnlyList<TouchpointExplanation> Touchpoints,
    int TotalTouchpoints,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Citation> Citations
);
