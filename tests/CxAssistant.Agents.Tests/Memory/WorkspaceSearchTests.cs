using CxAssistant.Agents.Tests.Support;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting.Memory;
using CxAssistant.Ingestion;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Tests.Memory;

/// <summary>
/// Workspace search with embeddings from a configured model provider, over the real SDKs and the wire-checking server.
/// </summary>
public sealed class WorkspaceSearchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cx-ws-search-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task OpenAsync_ModelEmbeddings_IndexesThroughTheProviderAndSearches(string target)
    {
        var data = Path.Combine(_folder, "feedback.csv");
        await File.WriteAllTextAsync(
            data,
            "id,comment\n1,My refund never arrived\n2,The courier was late again\n3,Lovely staff at the counter\n"
        );
        using var workspace = EvidenceWorkspace.Open(Path.Combine(_folder, "ws"));
        await workspace.IngestAsync([data], new IngestOptions());
        await using var server = await FakeModelServer.StartAsync([.. Enumerable.Repeat(Wire.Embeddings(), 10)]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(ProviderTargets.Settings(target, "Embeddings", server.BaseAddress))
            .Build();

        var options = WorkspaceSearch.ReadOptions(configuration, out var owner);
        using (owner)
        using (var search = await WorkspaceSearch.OpenAsync(workspace, options))
        {
            var result = await new HybridSearcher(search.Index).SearchAsync("refund");

            Assert.Empty(server.Violations);
            Assert.NotEmpty(server.Requests);
            Assert.Equal(3, search.Index.LastRefresh.Added);
            Assert.NotEqual(Data.Memory.Embeddings.OfflineEmbeddingGenerator.ModelId, search.Index.ModelId);
            Assert.Equal("1", result.Hits[0].RecordId);
        }
        Assert.Contains(Directory.GetFiles(Path.Combine(workspace.Folder, SearchIndex.VectorFolderName)), f =>
            !f.EndsWith("evidence.cxvec", StringComparison.Ordinal)
        );
    }
}
