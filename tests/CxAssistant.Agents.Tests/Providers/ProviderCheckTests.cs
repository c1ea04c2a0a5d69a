using CxAssistant.Agents.Tests.Support;
using CxAssistant.Hosting.Providers;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>The one-request checks behind <c>cx providers --check</c>.</summary>
public sealed class ProviderCheckTests
{
    [Theory]
    [MemberData(nameof(ProviderTargets.All), MemberType = typeof(ProviderTargets))]
    public async Task CheckChatAsync_Answering_ReportsTheReply(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Text("ok")]);

        var result = await ProviderCheck.CheckChatAsync(rig.Providers);

        Assert.True(result.Succeeded, result.Detail);
        Assert.StartsWith("replied '", result.Detail, StringComparison.Ordinal);
        if (rig.Server is not { } server)
        {
            return;
        }
        // The check is tiny by construction: at most 5 output tokens, in each API's own field.
        var body = Assert.Single(server.Requests).Json;
        var limit =
            target == "Ollama" ? body.GetProperty("options").GetProperty("num_predict")
            : body.TryGetProperty("max_completion_tokens", out var completion) ? completion
            : body.GetProperty("max_tokens");
        Assert.Equal(5, limit.GetInt32());
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task CheckEmbeddingsAsync_Rejected_ReportsFailureWithTheReason(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Embeddings", [Wire.Error(401, "bad key")]);

        var result = await ProviderCheck.CheckEmbeddingsAsync(rig.Providers);

        Assert.False(result.Succeeded);
        Assert.Contains(
            target == "Ollama" ? "key rejected (HTTP 401); check the proxy" : "key rejected (HTTP 401)",
            result.Detail,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task CheckEmbeddingsAsync_Answering_ReportsVectorSize(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Embeddings", [Wire.Embeddings()]);

        var result = await ProviderCheck.CheckEmbeddingsAsync(rig.Providers);

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal("8-dimension vector", result.Detail);
    }
}
