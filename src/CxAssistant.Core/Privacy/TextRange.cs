namespace CxAssistant.Core.Privacy;

/// <summary>A half-open character range [Start, End) in a text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}
