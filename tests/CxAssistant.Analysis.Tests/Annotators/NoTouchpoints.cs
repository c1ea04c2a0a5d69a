using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>A matcher that finds nothing, or a fixed mention when given one.</summary>
internal sealed class NoTouchpoints(params TouchpointMention[] mentions) : ITouchpointMatcher
{
    public IReadOnlyList<TouchpointMention> Match(string text) => mentions;
}
