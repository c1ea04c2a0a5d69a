using CxAssistant.Qdrant.Testing;
using Xunit.Abstractions;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Where the contract suite runs: always the in-process contract server, and also a real Qdrant whenever
/// <c>QDRANT_URL</c> (its gRPC address, e.g. http://localhost:6334; <c>QDRANT_API_KEY</c> when it needs one) is set.
/// Each test gets a fresh collection, deleted afterwards, and writes which target it used to the test output.
/// </summary>
public sealed class ContractTarget : IAsyncDisposable
{
    public const string InProcess = "in-process";
    public const string Real = "real";

    // Cleanup goes through its own patient options: a test's (a 200 ms timeout, failures it injected and left over)
    // must not fail the test after it has passed.
    private readonly QdrantOptions _cleanup;

    private ContractTarget(
        QdrantEvidenceStore store,
        QdrantOptions cleanup,
        QdrantContractServer? server,
        string collection
    )
    {
        Store = store;
        _cleanup = cleanup;
        Server = server;
        CollectionName = collection;
    }

    public QdrantEvidenceStore Store { get; }

    /// <summary>The in-process server, or null against a real Qdrant.</summary>
    public QdrantContractServer? Server { get; }

    public string CollectionName { get; }

    public static string? RealUrl =>
        Environment.GetEnvironmentVariable("QDRANT_URL") is { Length: > 0 } url ? url : null;

    /// <summary>xUnit data: the in-process server, plus the real Qdrant when configured.</summary>
    public static TheoryData<string> Targets
    {
        get
        {
            var targets = new TheoryData<string> { InProcess };
            if (RealUrl is not null)
            {
                targets.Add(Real);
            }
            return targets;
        }
    }

    public static async Task<ContractTarget> OpenAsync(
        string target,
        ITestOutputHelper output,
        Func<QdrantOptions, QdrantOptions>? configure = null
    )
    {
        var collection = "cx-contract-" + Guid.NewGuid().ToString("N")[..12];
        QdrantContractServer? server = null;
        string url;
        string? key = null;
        if (target == Real)
        {
            url = RealUrl ?? throw new InvalidOperationException("QDRANT_URL is not set.");
            key = Environment.GetEnvironmentVariable("QDRANT_API_KEY");
            output.WriteLine($"Qdrant contract tests ran against: real Qdrant at {url}");
        }
        else
        {
            server = await QdrantContractServer.StartAsync();
            url = server.Url.ToString();
            output.WriteLine(
                RealUrl is null
                    ? "Qdrant contract tests ran against: in-process contract server "
                        + "(QDRANT_URL is not set, so no real Qdrant was tested)"
                    : "Qdrant contract tests ran against: in-process contract server (and, "
                        + "in the same suite, the real Qdrant at QDRANT_URL)"
            );
        }
        var options = new QdrantOptions
        {
            Url = url,
            ApiKey = key,
            CollectionName = collection,
            BatchSize = 100,
            MaxRetries = 0,
        };
        return new ContractTarget(
            new QdrantEvidenceStore(configure?.Invoke(options) ?? options),
            options with
            {
                MaxRetries = 4,
                InitialBackoff = TimeSpan.FromMilliseconds(10),
                MaxBackoff = TimeSpan.FromMilliseconds(50),
            },
            server,
            collection
        );
    }

    public QdrantEvidenceCollection Collection(int dimensions = Data.Memory.EvidenceChunkRecord.Dimensions) =>
        Store.GetEvidenceCollection(dimensions);

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var cleanup = new QdrantEvidenceStore(_cleanup);
            await cleanup
                .GetEvidenceCollection(Data.Memory.EvidenceChunkRecord.Dimensions)
                .EnsureCollectionDeletedAsync();
        }
        finally
        {
            Store.Dispose();
            if (Server is not null)
            {
                await Server.DisposeAsync();
            }
        }
    }
}
