using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Composition;

/// <summary>
/// The evaluator's loop through the kernel: prompts are read from the folder at run time, so an edited prompt file is
/// what the kernel's function sends, under a new content hash, and the response cache misses; an unedited one hits.
/// </summary>
public sealed class KernelPromptEditTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cx-prompt-edit-").FullName;

    [Fact]
    public async Task AskAsync_PromptFileEdited_NewWordingSentAndCacheMisses()
    {
        var prompts = Path.Combine(_root, "prompts");
        CopyFolder(Path.Combine(RepositoryRoot.Path, "prompts"), prompts);
        var cache = Path.Combine(_root, "cache");
        var model = new ScriptedChatClient(_ => """{"name":"Parcel lockers"}""");

        var original = PromptCatalog.Load(prompts);
        await AskAndAccept(original, model, cache);
        await AskAndAccept(PromptCatalog.Load(prompts), model, cache);
        var file = Directory
            .EnumerateFiles(prompts, DiscoveryAgent.PromptName + ".prompty", SearchOption.AllDirectories)
            .Single();
        await File.WriteAllTextAsync(
            file,
            (await File.ReadAllTextAsync(file)).Replace(
                "Allowed stages:",
                "Allowed journey stages:",
                StringComparison.Ordinal
            )
        );
        var edited = PromptCatalog.Load(prompts);
        await AskAndAccept(edited, model, cache);

        Assert.Equal(2, model.Requests.Count);
        Assert.Contains("Allowed journey stages:", model.Requests[1].Messages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Allowed journey stages:", model.Requests[0].Messages[0].Text, StringComparison.Ordinal);
        Assert.NotEqual(
            original.Get(DiscoveryAgent.PromptName).ContentHash,
            edited.Get(DiscoveryAgent.PromptName).ContentHash
        );
        // The cache keeps its tags to itself: the model never sees them.
        Assert.All(model.Requests, r => Assert.Equal((null, null), PromptTags.Of(r.Options)));
    }

    private static async Task AskAndAccept(PromptCatalog catalog, IChatClient model, string cache)
    {
        using var cached = new ChatClientBuilder(model)
            .UsePromptResponseCache(new FileDistributedCache(cache), "m")
            .Build();
        var session = new ModelSession(cached, "m", new RunLedger(), catalog);
        var rendered = await catalog.RenderAsync(
            DiscoveryAgent.PromptName,
            new Dictionary<string, string>
            {
                ["current_name"] = "lockers",
                ["terms"] = "locker",
                ["stages"] = "delivery",
                ["evidence"] = EvidenceBlock.Format([("r1", "the locker code never came")]),
            }
        );
        var reply = await session.AskAsync<TouchpointNaming>("discover", rendered, [], 0);
        Assert.Equal("Parcel lockers", reply.Value?.Name);
        await session.AcceptAsync(reply);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
