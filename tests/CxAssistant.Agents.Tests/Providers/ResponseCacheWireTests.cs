using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Prompts;
using CxAssistant.Agents.Tests.Support;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>
/// The response cache inside the factory's pipeline, against a fake server that checks the wire format.
/// </summary>
public sealed class ResponseCacheWireTests
{
    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task CreateChatClient_WithResponseCache_AcceptedAnswerIsReplayedAndPromptTagsNeverReachTheWire(
        string target
    )
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Text("""{"summary":"ok"}""")]);
        var folder = Directory.CreateTempSubdirectory("cx-cache-").FullName;
        var storage = new FileDistributedCache(folder);
        var prompt = PromptCatalog.Default.Get("report-narrative");
        var options = PromptTags.Apply(new ChatOptions { Temperature = 0 }, prompt);
        ChatMessage[] messages = [new(ChatRole.System, "Summarise."), new(ChatRole.User, "<data>late parcels</data>")];

        using var first = rig.Providers.Factory.CreateChatClient(inner => new PromptResponseCache(
            inner,
            storage,
            rig.Providers.Chat.Model
        ))!;
        var answer = await first.GetResponseAsync(messages, options);
        Assert.True(await PromptResponseCache.AcceptAsync(first, answer));

        using var second = rig.Providers.Factory.CreateChatClient(inner => new PromptResponseCache(
            inner,
            storage,
            rig.Providers.Chat.Model
        ))!;
        var replayed = await second.GetResponseAsync(messages, options);

        Assert.True(PromptTags.IsCached(replayed));
        Assert.Equal(answer.Text, replayed.Text);
        var request = Assert.Single(rig.Server!.Requests);
        Assert.Empty(rig.Server.Violations);
        Assert.DoesNotContain("cx.", request.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain(prompt.ContentHash, request.RawBody, StringComparison.Ordinal);
    }
}
