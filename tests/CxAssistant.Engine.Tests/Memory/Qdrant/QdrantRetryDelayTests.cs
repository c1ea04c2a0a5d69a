using System.Net.Http.Headers;
using CxAssistant.Engine.Memory.Qdrant;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

public sealed class QdrantRetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Fact]
    public void RetryDelay_RetryAfterSeconds_WaitsThatLong()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), QdrantRestClient.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), 0, Max, Now));
    }

    [Fact]
    public void RetryDelay_RetryAfterDate_WaitsUntilThenAndNeverNegative()
    {
        Assert.Equal(TimeSpan.FromSeconds(12), QdrantRestClient.RetryDelay(new RetryConditionHeaderValue(Now.AddSeconds(12)), 0, Max, Now));
        Assert.Equal(TimeSpan.Zero, QdrantRestClient.RetryDelay(new RetryConditionHeaderValue(Now.AddSeconds(-5)), 0, Max, Now));
    }

    [Fact]
    public void RetryDelay_NoHeader_BacksOffExponentiallyUpToCap()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), QdrantRestClient.RetryDelay(null, 0, Max, Now));
        Assert.Equal(TimeSpan.FromSeconds(2), QdrantRestClient.RetryDelay(null, 2, Max, Now));
        Assert.Equal(Max, QdrantRestClient.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), 0, Max, Now));
    }
}
