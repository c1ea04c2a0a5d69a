using CxAssistant.Agents.Providers;
using CxAssistant.Agents.Tests.Support;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>
/// What the product does when a provider misbehaves: the in-process server injects 401, 404, 429, 5xx, slow and
/// malformed answers; every SDK must end in the same retries and the same <see cref="ModelProviderException"/>.
/// </summary>
public sealed class FailureWireTests
{
    private static Dictionary<string, string?> Resilience(params (string Key, string Value)[] values) =>
        values.ToDictionary(v => "CxAssistant:Chat:Resilience:" + v.Key, v => (string?)v.Value);

    [Theory]
    [MemberData(nameof(ProviderTargets.WithKeys), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_KeyRejected_FailsAtOnceNamingTheKeySettingWithoutTheKey(string target)
    {
        var wrongKey = "sk-wrong-" + Guid.NewGuid().ToString("N");
        var keyName = target.StartsWith("Azure", StringComparison.Ordinal)
            ? "CxAssistant:Chat:AzureOpenAI:ApiKey"
            : "CxAssistant:Chat:OpenAI:ApiKey";
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(401, "Incorrect API key provided.")],
            new Dictionary<string, string?> { [keyName] = wrongKey }
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.KeyRejected, error.Failure);
        Assert.Equal(401, error.StatusCode);
        Assert.Contains("key rejected", error.Message, StringComparison.Ordinal);
        Assert.Contains(keyName, error.Message, StringComparison.Ordinal);
        Assert.Contains(rig.Providers.Chat.Endpoint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
        if (rig.Server is { } server)
        {
            Assert.Single(server.Requests); // a rejected key is not retried
        }
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_ModelNotFound_NamesTheModelSetting(string target)
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Error(404, "model not found")]);

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.NotFound, error.Failure);
        Assert.Contains("model/deployment not found", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            target == "AzureOpenAI" ? "CxAssistant:Chat:AzureOpenAI:Deployment" : $"CxAssistant:Chat:{target}:Model",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Single(rig.Server!.Requests);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_429WithRetryAfter_WaitsThatLongThenSucceeds(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(429, "Rate limit reached.", retryAfterSeconds: 1), Wire.Text("ok")],
            Resilience(("RetryDelay", "00:00:00.010"))
        );

        var response = await rig.Providers.ChatClient!.GetResponseAsync("Say ok.");

        Assert.Equal("ok", response.Text);
        var requests = rig.Server!.Requests;
        Assert.Equal(2, requests.Count);
        // The back-off alone would be ~10 ms; the second attempt waited for Retry-After (1 s).
        Assert.True(
            requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950),
            $"retried after {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds:0} ms"
        );
        Assert.Equal(requests[0].RawBody, requests[1].RawBody);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_RetryAfterBeyondLimit_FailsRateLimitedWithoutWaiting(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(429, "Quota exceeded.", retryAfterSeconds: 3600), Wire.Text("ok")]
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.RateLimited, error.Failure);
        Assert.Contains("3600 s", error.Message, StringComparison.Ordinal);
        Assert.Single(rig.Server!.Requests);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_500ThenSuccess_RetriesOnceAndSucceeds(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(500, "The server had an error."), Wire.Text("ok")]
        );

        var response = await rig.Providers.ChatClient!.GetResponseAsync("Say ok.");

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, rig.Server!.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_AlwaysFailing_GivesUpAfterMaxRetriesWithServerError(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(503, "Overloaded.")],
            Resilience(("MaxRetries", "2"))
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.ServerError, error.Failure);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, rig.Server!.Requests.Count); // the first attempt and two retries: the SDK adds none of its own
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_SlowFirstAttempt_TimesOutAndRetries(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Slow(TimeSpan.FromSeconds(30), Wire.Text("late")), Wire.Text("ok")],
            Resilience(("AttemptTimeout", "00:00:00.500"))
        );

        var response = await rig.Providers.ChatClient!.GetResponseAsync("Say ok.");

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, rig.Server!.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_AlwaysSlow_FailsWithTimeout(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Slow(TimeSpan.FromSeconds(30), Wire.Text("late"))],
            Resilience(("AttemptTimeout", "00:00:01"), ("TotalTimeout", "00:01:00"), ("MaxRetries", "1"))
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.Timeout, error.Failure);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, rig.Server!.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_MalformedJsonBody_FailsAsMalformedResponse(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Raw(200, "application/json", """{"choices": [{"message": {"content": "trunc""")]
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.ChatClient!.GetResponseAsync("Say ok.")
        );

        Assert.Equal(ProviderFailure.MalformedResponse, error.Failure);
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_BodyStallsAfterHeaders_CountsAsSlowAttemptAndRetries(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.StalledBody(TimeSpan.FromSeconds(30)), Wire.Text("ok")],
            Resilience(("AttemptTimeout", "00:00:00.500"))
        );

        var response = await rig.Providers.ChatClient!.GetResponseAsync("Say ok.");

        Assert.Equal("ok", response.Text);
        Assert.Equal(2, rig.Server!.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetStreamingResponseAsync_StreamStallsMidway_FailsWithTimeoutAfterTheFirstText(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.StalledStream(TimeSpan.FromSeconds(30))],
            Resilience(("AttemptTimeout", "00:00:00.500"))
        );
        var received = new List<string>();

        var error = await Assert.ThrowsAsync<ModelProviderException>(async () =>
        {
            await foreach (var update in rig.Providers.ChatClient!.GetStreamingResponseAsync("Say ok."))
            {
                received.Add(update.Text);
            }
        });

        Assert.Equal(ProviderFailure.Timeout, error.Failure);
        Assert.Contains("The stream stalled: nothing arrived for 0.5 s.", error.Message, StringComparison.Ordinal);
        Assert.Equal("Fix ", string.Concat(received));
    }

    [Theory]
    [InlineData("OpenAI", "text/event-stream", "data: {\"choices\": [{\"delta\": \n\n")]
    [InlineData("AzureOpenAI", "text/event-stream", "data: {\"choices\": [{\"delta\": \n\n")]
    [InlineData("Ollama", "application/x-ndjson", "{\"message\": {\"content\": \n")]
    public async Task GetStreamingResponseAsync_MalformedChunk_FailsAsMalformedResponse(
        string target,
        string contentType,
        string body
    )
    {
        await using var rig = await ProviderRig.StartAsync(target, "Chat", [Wire.Raw(200, contentType, body)]);

        var error = await Assert.ThrowsAsync<ModelProviderException>(async () =>
        {
            await foreach (var _ in rig.Providers.ChatClient!.GetStreamingResponseAsync("Say ok.")) { }
        });

        Assert.Equal(ProviderFailure.MalformedResponse, error.Failure);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_RepeatedFailures_OpenTheCircuitAndStopSending(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Error(500, "down")],
            Resilience(("MaxRetries", "0"), ("BreakerMinimumThroughput", "2"), ("BreakerFailureRatio", "0.5"))
        );
        var chat = rig.Providers.ChatClient!;

        var first = await Assert.ThrowsAsync<ModelProviderException>(() => chat.GetResponseAsync("Say ok."));
        var second = await Assert.ThrowsAsync<ModelProviderException>(() => chat.GetResponseAsync("Say ok."));
        var third = await Assert.ThrowsAsync<ModelProviderException>(() => chat.GetResponseAsync("Say ok."));

        Assert.Equal(ProviderFailure.ServerError, first.Failure);
        Assert.Equal(ProviderFailure.ServerError, second.Failure);
        Assert.Equal(ProviderFailure.CircuitOpen, third.Failure);
        Assert.Contains("circuit open", third.Message, StringComparison.Ordinal);
        Assert.Equal(2, rig.Server!.Requests.Count);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GetResponseAsync_CallerCancels_ThrowsOperationCanceledNotProviderError(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [Wire.Slow(TimeSpan.FromSeconds(30), Wire.Text("late"))]
        );
        using var cancel = new CancellationTokenSource();
        var call = rig.Providers.ChatClient!.GetResponseAsync("Say ok.", cancellationToken: cancel.Token);

        // Cancel once the request is on the server (not after a guessed delay, which a loaded machine can outrun).
        // a hung test fails instead of waiting forever
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await rig.Server!.WaitForRequestsAsync(1, guard.Token);
        await cancel.CancelAsync();
        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.True(cancel.IsCancellationRequested);
        Assert.IsNotType<ModelProviderException>(error.InnerException);
        Assert.Single(rig.Server!.Requests);
    }

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task GenerateAsync_EmbeddingsRejected_FailsWithProviderException(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Embeddings",
            [Wire.Error(400, "input too long for this model")]
        );

        var error = await Assert.ThrowsAsync<ModelProviderException>(() =>
            rig.Providers.EmbeddingGenerator.GenerateAsync(["text"])
        );

        Assert.Equal(ProviderFailure.RequestRejected, error.Failure);
        Assert.Contains("Server says: input too long for this model", error.Message, StringComparison.Ordinal);
        Assert.Equal("embeddings", error.Provider.Purpose);
    }
}
