namespace CxAssistant.Agents.Configuration;

/// <summary>
/// The <c>Resilience</c> sub-section: how long to wait for a model and how hard to retry. Defaults are sized for
/// language models, whose answers take tens of seconds (far above the 10 s HTTP defaults).
/// </summary>
public sealed class ModelResilienceOptions
{
    /// <summary>Time allowed for one attempt, until the response is complete (streams: until headers arrive).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Time allowed for the whole call, retries and back-off included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>
    /// Retries after the first attempt on 408, 429, 5xx, connection failures and attempt timeouts (0 = none).
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; doubles per retry, with jitter. A Retry-After header wins.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Longest Retry-After we honour; a server asking for more fails at once (rate limited) instead of stalling.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed in the window before the breaker may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 6;

    /// <summary>The breaker's sampling window.</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long an open circuit rejects calls before one is let through to probe.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
