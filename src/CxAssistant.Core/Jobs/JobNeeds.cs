namespace CxAssistant.Core.Jobs;

/// <summary>
/// What the performer needs while getting the job done (seed 003): functional, emotional and social needs.
/// </summary>
public sealed record JobNeeds(
    IReadOnlyList<string> Functional,
    IReadOnlyList<string> Emotional,
    IReadOnlyList<string> Social
)
{
    public static readonly JobNeeds None = new([], [], []);
}
