using Grpc.Core;
using Xunit.Abstractions;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// The client's standard resilience (gRPC retry policy, call deadline, cancellation, api key) against the in-process
/// server, which can fail or hold calls on demand; a real Qdrant cannot, so these run on the in-process server only.
/// </summary>
public sealed class ResilienceTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Call_UnavailableTwiceThenUp_IsRetriedByTheChannelAndSucceeds()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output, o =>
            o with
            {
                MaxRetries = 3,
                InitialBackoff = TimeSpan.FromMilliseconds(10),
                MaxBackoff = TimeSpan.FromMilliseconds(20),
            }
        );
        qdrant.Server!.FailNext(2, StatusCode.Unavailable);

        var exists = await qdrant.Collection().CollectionExistsAsync();

        Assert.False(exists);
        Assert.Equal(3, qdrant.Server.Calls.Count(c => c.Method == "CollectionExists"));
    }

    [Fact]
    public async Task Call_RateLimitedUntilTheRetriesRunOut_FailsNamingTheStatus()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output, o =>
            o with
            {
                MaxRetries = 2,
                InitialBackoff = TimeSpan.FromMilliseconds(10),
                MaxBackoff = TimeSpan.FromMilliseconds(20),
            }
        );
        qdrant.Server!.FailNext(5, StatusCode.ResourceExhausted);

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => qdrant.Collection().CollectionExistsAsync());

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(3, qdrant.Server.Calls.Count);
    }

    [Fact]
    public async Task Call_InvalidArgument_IsNotRetried()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output, o =>
            o with
            {
                MaxRetries = 3,
            }
        );
        qdrant.Server!.FailNext(1, StatusCode.InvalidArgument);

        await Assert.ThrowsAsync<QdrantStoreException>(() => qdrant.Collection().CollectionExistsAsync());

        Assert.Single(qdrant.Server.Calls);
    }

    [Fact]
    public async Task Call_NoAnswerWithinTheTimeout_FailsWithDeadlineExceededAndNamesTheSetting()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output, o =>
            o with
            {
                Timeout = TimeSpan.FromMilliseconds(200),
            }
        );
        qdrant.Server!.Hold();

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() => qdrant.Collection().CollectionExistsAsync());

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        Assert.Contains("Qdrant:Timeout", error.Message, StringComparison.Ordinal);
        qdrant.Server.Release();
    }

    [Fact]
    public async Task Call_CancelledByTheCaller_ThrowsOperationCanceled()
    {
        await using var qdrant = await ContractTarget.OpenAsync(ContractTarget.InProcess, output);
        qdrant.Server!.Hold();
        using var cancel = new CancellationTokenSource();

        var call = qdrant.Collection().CollectionExistsAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        qdrant.Server.Release();
    }

    [Fact]
    public async Task Call_WrongApiKey_IsUnauthenticatedAndPointsAtTheSetting()
    {
        await using var server = await Testing.QdrantContractServer.StartAsync(apiKey: "right");
        using var wrong = new QdrantEvidenceStore(new QdrantOptions { Url = server.Url.ToString(), ApiKey = "wrong" });
        using var right = new QdrantEvidenceStore(new QdrantOptions { Url = server.Url.ToString(), ApiKey = "right" });

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() =>
            wrong.GetEvidenceCollection().CollectionExistsAsync()
        );

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.Contains("ApiKey", error.Message, StringComparison.Ordinal);
        Assert.False(await right.GetEvidenceCollection().CollectionExistsAsync());
    }

    [Fact]
    public async Task Call_NothingListening_IsUnavailableNamingTheUrlAndHowToStartQdrant()
    {
        var server = await Testing.QdrantContractServer.StartAsync();
        var url = server.Url.ToString();
        await server.DisposeAsync();
        using var store = new QdrantEvidenceStore(new QdrantOptions { Url = url, MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<QdrantStoreException>(() =>
            store.GetEvidenceCollection().CollectionExistsAsync()
        );

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains(url, error.Message, StringComparison.Ordinal);
        Assert.Contains("docker run -p 6333:6333 -p 6334:6334 qdrant/qdrant", error.Message, StringComparison.Ordinal);
    }
}
