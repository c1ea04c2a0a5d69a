using System.Net;
using CxAssistant.Agents.Configuration;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace CxAssistant.Agents.Resilience;

/// <summary>
/// The HTTP pipeline every model call goes through, outermost first: total timeout, retry (exponential back-off
/// with jitter, Retry-After honoured), circuit breaker, per-attempt timeout. The SDKs' own retries are switched
/// off so this is the only place that retries.
/// </summary>
public static class ModelResiliencePipeline
{
    /// <summary>Adds the strategies to <paramref name="builder"/> from <paramref name="options"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ModelResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(
                new HttpRetryStrategyOptions
                {
                    Name = "retry",
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options.MaxRetryAfter)),
                }
            );
        }
        builder.AddCircuitBreaker(
            new HttpCircuitBreakerStrategyOptions
            {
                Name = "breaker",
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
            }
        );
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// Transient failures (408, 429, 5xx, connection errors, attempt timeouts) are retried, except a Retry-After
    /// longer than <paramref name="maxRetryAfter"/>: waiting an hour inside one call helps nobody.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }
        return outcome.Result is not { } response || RetryAfter(response) is not { } wait || wait <= maxRetryAfter;
    }

    /// <summary>The delay a response asks for (delta seconds or an HTTP date), if any.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            return date - DateTimeOffset.UtcNow;
        }
        return null;
    }
}
