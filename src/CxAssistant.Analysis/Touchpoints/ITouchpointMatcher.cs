using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Finds the touchpoints of one catalog that a text concerns, primary first, each with the span that shows it.
/// Built once per catalog; thread-safe.
/// </summary>
public interface ITouchpointMatcher
{
    IReadOnlyList<TouchpointMention> Match(string text);
}
