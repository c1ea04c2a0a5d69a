namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// What discovery proposes, and how many themes it found but dropped because no noun phrase names them (a theme is
/// never shown under a verb, a function word or an idiom fragment; the report's data-quality line counts them).
/// </summary>
public sealed record DiscoveryResult(IReadOnlyList<DiscoveredTouchpoint> Touchpoints, int UnnamedThemes);
