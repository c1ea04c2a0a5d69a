using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Privacy;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Caching;

public sealed class PromptResponseCacheTests : IDisposable
{
    private static readonly ChatMessage[] Prompt =
    [
        new(ChatRole.System, "Annotate."),
        new(ChatRole.User, "<data>late parcel</data>"),
    ];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cx-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Key_ChangesWithEverythingThatChangesTheAnswer()
    {
        var key = ResponseCacheKey.Of("gpt-4o-mini", Prompt, Tagged("annotate-batch", "aaa"));
        Assert.Equal(
            key,
            ResponseCacheKey.Of(
                "gpt-4o-mini",
                [new(ChatRole.System, "Annotate."), new(ChatRole.User, "<data>late parcel</data>")],
                Tagged("annotate-batch", "aaa")
            )
        );
        Assert.NotEqual(key, ResponseCacheKey.Of("gpt-4o", Prompt, Tagged("annotate-batch", "aaa")));
        Assert.NotEqual(key, ResponseCacheKey.Of("gpt-4o-mini", Prompt, Tagged("annotate-batch", "bbb")));
        Assert.NotEqual(key, ResponseCacheKey.Of("gpt-4o-mini", Prompt, Tagged("hypotheses", "aaa")));
        Assert.NotEqual(key, ResponseCacheKey.Of("gpt-4o-mini", Prompt, Tagged("annotate-batch", "aaa", 0.7f)));
        Assert.NotEqual(
            key,
            ResponseCacheKey.Of(
                "gpt-4o-mini",
                [Prompt[0], new(ChatRole.Assistant, Prompt[1].Text)],
                Tagged("annotate-batch", "aaa")
            )
        );
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    [Fact]
    public async Task GetResponseAsync_AcceptedAnswer_ReplayedByALaterProcessWithoutAProvider()
    {
        var model = new ScriptedChatClient(_ => """{"ok":true}""");
        var first = new PromptResponseCache(
            model,
            new FileDistributedCache(_folder),
            "gpt-4o-mini",
            "model:gpt-4o-mini"
        );
        var live = await first.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));
        Assert.False(PromptTags.IsCached(live));
        Assert.True(await first.AcceptAsync(live));

        var replay = new PromptResponseCache(null, new FileDistributedCache(_folder), "gpt-4o-mini");
        var again = await replay.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));
        Assert.Equal(live.Text, again.Text);
        Assert.True(PromptTags.IsCached(again));
        Assert.Equal("model:gpt-4o-mini", PromptTags.OriginOf(again));
        Assert.Equal(PromptTags.KeyOf(live), PromptTags.KeyOf(again));
        Assert.Single(model.Requests);
        Assert.Equal(0, replay.ProviderCalls);
        Assert.Equal("aaa", replay.Prompts["annotate-batch"]);
        var miss = await Assert.ThrowsAsync<CacheMissException>(() =>
            replay.GetResponseAsync(Prompt, Tagged("annotate-batch", "edited"))
        );
        Assert.Matches("^[0-9a-f]{64}$", miss.Key);
    }

    [Fact]
    public async Task GetResponseAsync_AnswerThatFailedItsChecks_IsNeverStoredAndAskedAgain()
    {
        var model = new ScriptedChatClient(_ => """{"labels":"wrong"}""");
        var cache = new PromptResponseCache(model, new FileDistributedCache(_folder), "m");
        var answer = await cache.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));
        await cache.RejectAsync(answer);
        Assert.False(await cache.AcceptAsync(answer));
        Assert.False(
            Directory.Exists(_folder) && Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Any()
        );

        await cache.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));
        Assert.Equal(2, model.Requests.Count);
        Assert.Equal(0, cache.Hits);
    }

    [Fact]
    public async Task GetResponseAsync_EmptyAnswerOrProviderError_CannotBeAccepted()
    {
        var empty = new PromptResponseCache(new ScriptedChatClient(_ => "  "), new FileDistributedCache(_folder), "m");
        Assert.False(await empty.AcceptAsync(await empty.GetResponseAsync(Prompt)));
        var failing = new PromptResponseCache(
            new ScriptedChatClient(_ => throw new HttpRequestException("503")),
            new FileDistributedCache(_folder),
            "m"
        );
        await Assert.ThrowsAsync<HttpRequestException>(() => failing.GetResponseAsync(Prompt));
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public async Task GetResponseAsync_ReadCacheOff_AsksEveryTimeAndStillStoresAcceptedAnswers()
    {
        var model = new ScriptedChatClient(_ => """{"ok":true}""");
        var cache = new PromptResponseCache(model, new FileDistributedCache(_folder), "m") { ReadCache = false };
        for (var i = 0; i < 3; i++)
        {
            await cache.AcceptAsync(await cache.GetResponseAsync(Prompt, Tagged("p", "h")));
        }
        Assert.Equal((3, 3, 0), (model.Requests.Count, cache.ProviderCalls, cache.Hits));
        Assert.Single(Directory.EnumerateFiles(_folder, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GetResponseAsync_RequestTags_NeverReachTheProvider()
    {
        var model = new ScriptedChatClient(_ => "{}");
        var options = Tagged("annotate-batch", "aaa");
        options.AdditionalProperties!["vendor-setting"] = 1;
        await new PromptResponseCache(model, new FileDistributedCache(_folder), "m").GetResponseAsync(Prompt, options);
        var sent = Assert.Single(model.Requests).Options!;
        Assert.Equal(["vendor-setting"], sent.AdditionalProperties!.Keys);
        Assert.Equal(0f, sent.Temperature);
    }

    [Fact]
    public async Task RejectAsync_ReplayedAnswerThatNowFails_IsDeletedUnlessReplayOnly()
    {
        var model = new ScriptedChatClient(_ => """{"ok":true}""");
        var storage = new FileDistributedCache(_folder);
        var first = new PromptResponseCache(model, storage, "m");
        await first.AcceptAsync(await first.GetResponseAsync(Prompt));

        var replayOnly = new PromptResponseCache(null, storage, "m");
        await replayOnly.RejectAsync(await replayOnly.GetResponseAsync(Prompt));
        Assert.Single(Directory.EnumerateFiles(_folder, "*.json", SearchOption.AllDirectories));

        var live = new PromptResponseCache(model, storage, "m");
        await live.RejectAsync(await live.GetResponseAsync(Prompt));
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AcceptAsync_ThroughAPipeline_FindsTheCacheLayer()
    {
        var model = new ScriptedChatClient(_ => "{}");
        using var client = new ChatClientBuilder(model)
            .UsePromptResponseCache(new FileDistributedCache(_folder), "m")
            .Build();
        var response = await client.GetResponseAsync(Prompt);
        Assert.True(await PromptResponseCache.AcceptAsync(client, response));
        Assert.Equal("scripted", PromptTags.OriginOf(response));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF0123456789")]
    [InlineData("short")]
    public void FileDistributedCache_KeyThatIsNotAHexDigest_IsRefused(string key) =>
        Assert.Throws<ArgumentException>(() => new FileDistributedCache(_folder).Get(key));

    [Fact]
    public async Task AcceptAsync_ThroughTheRedactionGate_ReplaysWithoutHandingOutTheCache()
    {
        var model = new ScriptedChatClient(_ => """{"ok":true}""");
        var cache = new PromptResponseCache(model, new FileDistributedCache(_folder), "m");
        IChatClient gated = new RedactingChatClient(cache, new PiiGate());

        var live = await gated.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));
        Assert.True(await PromptResponseCache.AcceptAsync(gated, live));
        var again = await gated.GetResponseAsync(Prompt, Tagged("annotate-batch", "aaa"));

        Assert.True(PromptTags.IsCached(again));
        Assert.Single(model.Requests);
        Assert.Null(gated.GetService<PromptResponseCache>());
        Assert.IsNotAssignableFrom<IChatClient>(gated.GetService<IResponseCacheControl>());
    }

    private static ChatOptions Tagged(string prompt, string hash, float temperature = 0)
    {
        var definition = PromptCatalog.Default.Get("repair") with
        {
            Name = prompt,
            ContentHash = hash.PadRight(64, '0'),
        };
        var options = PromptTags.Apply(new ChatOptions { Temperature = temperature }, definition);
        options.AdditionalProperties![PromptTags.PromptHash] = hash;
        return options;
    }
}
