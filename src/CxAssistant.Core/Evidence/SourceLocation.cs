namespace CxAssistant.Core.Evidence;

/// <summary>File and 1-based line (or row) an evidence item was read from.</summary>
public sealed record SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
