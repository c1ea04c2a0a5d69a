namespace CxAssistant.Core.Privacy;

/// <summary>A detector hit before overlaps are resolved.</summary>
internal readonly record struct PiiMatch(PiiType Type, int Start, int End)
{
    public int Length => End - Start;
}
