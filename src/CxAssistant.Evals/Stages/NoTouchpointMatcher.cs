using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Evals.Stages;

/// <summary>The matcher for cases without a catalog (language-only cases): no touchpoints.</summary>
internal sealed class NoTouchpointMatcher : ITouchpointMatcher
{
    public static readonly NoTouchpointMatcher Instance = new();

    public IReadOnlyList<TouchpointMention> Match(string text) => [];
}
