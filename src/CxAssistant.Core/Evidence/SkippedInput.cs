namespace CxAssistant.Core.Evidence;

/// <summary>A file, row or line that could not be used, with the reason a user can act on.</summary>
public sealed record SkippedInput(string File, int? Line, string Reason)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Reason}" : $"{File}: {Reason}";
}
