using System.Net;
using System.Net.Http.Headers;
using CxAssistant.Agents.Resilience;
using Polly;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>
/// Which outcomes the pipeline retries, in particular the Retry-After cap (delta seconds and HTTP dates).
/// </summary>
public sealed class ModelResiliencePipelineTests
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    private static Outcome<HttpResponseMessage> Response(
        HttpStatusCode status,
        RetryConditionHeaderValue? retryAfter = null
    )
    {
        var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = retryAfter;
        return Outcome.FromResult(response);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void ShouldRetry_ByStatus_RetriesOnlyTransientFailures(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, ModelResiliencePipeline.ShouldRetry(Response(status), Cap));

    [Fact]
    public void ShouldRetry_RetryAfterWithinCap_Retries() =>
        Assert.True(
            ModelResiliencePipeline.ShouldRetry(
                Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(30))),
                Cap
            )
        );

    [Fact]
    public void ShouldRetry_RetryAfterBeyondCap_DoesNotRetry() =>
        Assert.False(
            ModelResiliencePipeline.ShouldRetry(
                Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(61))),
                Cap
            )
        );

    [Fact]
    public void ShouldRetry_RetryAfterDateHoursAhead_DoesNotRetry() =>
        Assert.False(
            ModelResiliencePipeline.ShouldRetry(
                Response(
                    HttpStatusCode.ServiceUnavailable,
                    new RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddHours(2))
                ),
                Cap
            )
        );

    [Fact]
    public void ShouldRetry_ConnectionFailure_Retries() =>
        Assert.True(
            ModelResiliencePipeline.ShouldRetry(
                Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")),
                Cap
            )
        );
}
