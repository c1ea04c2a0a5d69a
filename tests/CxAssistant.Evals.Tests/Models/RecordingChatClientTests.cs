using CxAssistant.Evals.Models;
using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Tests.Models;

public sealed class RecordingChatClientTests
{
    private static readonly ChatMessage[] Prompt = [new(ChatRole.System, "Annotate."), new(ChatRole.User, "<record>late parcel</record>")];

    [Fact]
    public void RequestHash_ChangesWithEverythingThatChangesTheAnswer()
    {
        var baseKey = RequestHash.Of("gpt-4o-mini", Prompt, new ChatOptions { Temperature = 0 });
        Assert.Equal(baseKey, RequestHash.Of("gpt-4o-mini", [new(ChatRole.System, "Annotate."), new(ChatRole.User, "<record>late parcel</record>")], new ChatOptions { Temperature = 0 }));
        Assert.NotEqual(baseKey, RequestHash.Of("gpt-4o", Prompt, new ChatOptions { Temperature = 0 }));
        Assert.NotEqual(baseKey, RequestHash.Of("gpt-4o-mini", Prompt, new ChatOptions { Temperature = 0.7f }));
        Assert.NotEqual(baseKey, RequestHash.Of("gpt-4o-mini", Prompt, new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json }));
        Assert.NotEqual(baseKey, RequestHash.Of("gpt-4o-mini", [Prompt[0], new(ChatRole.Assistant, Prompt[1].Text)], new ChatOptions { Temperature = 0 }));
    }

    [Fact]
    public async Task GetResponse_RecordsOnceThenServesFromDiskWithOrigin()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cx-cache-" + Guid.NewGuid().ToString("N"));
        var model = new CallbackChatClient((_, _) => """{"ok":true}""");
        var first = new RecordingChatClient(new ResponseCache(dir), new EvalModel(model, "gpt-4o-mini"), "gpt-4o-mini");
        var live = await first.GetResponseAsync(Prompt);
        Assert.Equal("model:gpt-4o-mini", live.AdditionalProperties![RecordingChatClient.OriginProperty]);
        Assert.Equal(false, live.AdditionalProperties[RecordingChatClient.CachedProperty]);

        // A new cache instance (a later process) with no client at all replays from disk.
        var replay = new RecordingChatClient(new ResponseCache(dir), null, "gpt-4o-mini");
        var again = await replay.GetResponseAsync(Prompt);
        Assert.Equal(live.Text, again.Text);
        Assert.Equal(true, again.AdditionalProperties![RecordingChatClient.CachedProperty]);
        Assert.Equal("model:gpt-4o-mini", again.AdditionalProperties[RecordingChatClient.OriginProperty]);
        Assert.Equal(1, model.Calls);
        Assert.Equal(0, replay.InnerCalls);
        await Assert.ThrowsAsync<CacheMissException>(() => replay.GetResponseAsync([new ChatMessage(ChatRole.User, "never asked")]));
    }
}
