namespace CxAssistant.Agents.Resilience;

/// <summary>A streamed response sent nothing for longer than the allowed gap.</summary>
public sealed class StreamIdleTimeoutException(TimeSpan idle)
    : TimeoutException($"The stream stalled: nothing arrived for {idle.TotalSeconds:0.#} s.")
{
    /// <summary>The gap that was exceeded.</summary>
    public TimeSpan Idle { get; } = idle;
}
