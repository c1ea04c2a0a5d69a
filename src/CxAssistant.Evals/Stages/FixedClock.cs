namespace CxAssistant.Evals.Stages;

/// <summary>
/// A clock that always says the same time, so an analysis run for evaluation is byte-for-byte repeatable.
/// </summary>
internal sealed class FixedClock : TimeProvider
{
    public static readonly FixedClock Instance = new();

    public override DateTimeOffset GetUtcNow() => new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
