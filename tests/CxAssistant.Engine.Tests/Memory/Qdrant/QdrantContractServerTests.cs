using System.Net;
using System.Text;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

/// <summary>The contract server must reject what real Qdrant would, or the contract tests prove nothing.</summary>
public sealed class QdrantContractServerTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private QdrantContractServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await QdrantContractServer.StartAsync("k", CancellationToken.None);
        await SendAsync(HttpMethod.Put, "collections/c", """{"vectors":{"size":3,"distance":"Cosine"}}""");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string? json, string apiKey = "k")
    {
        using var request = new HttpRequestMessage(method, new Uri(_server.Url, path));
        request.Headers.Add("api-key", apiKey);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("PUT", "collections/c/points", """{"points":[{"id":"5b7f1c2e-8d3a-4e61-9f0b-2c4d6e8a1b3c","vector":[1,0,0]}]}""", "wait=true")]
    [InlineData("PUT", "collections/c/points?wait=true", """{"points":[{"id":"5b7f1c2e-8d3a-4e61-9f0b-2c4d6e8a1b3c","vector":[1,0]}]}""", "2 dimensions")]
    [InlineData("PUT", "collections/c/points?wait=true", """{"points":[{"id":"not-a-uuid","vector":[1,0,0]}]}""", "not a hyphenated UUID")]
    [InlineData("POST", "collections/c/points/query", """{"query":[1,0,0],"limit":3,"top_k":3}""", "unexpected field 'top_k'")]
    [InlineData("POST", "collections/c/points/query", """{"query":[1,0,0],"limit":3,"filter":{"must":[{"key":"a","match":{"text":"x"}}]}}""", "exactly one of value/any")]
    [InlineData("POST", "collections/c/points/search", """{"vector":[1,0,0],"limit":3}""", "no such endpoint")]
    [InlineData("POST", "collections/c/points/count", """{"filter":{"must":[{"key":"a","range":{"gte":"yesterday"}}]}}""", "must be a number")]
    [InlineData("PUT", "collections/c/index?wait=true", """{"field_name":"a","field_schema":"string"}""", "not a documented payload schema")]
    [InlineData("PATCH", "collections/c/points", """{}""", "no such endpoint")]
    public async Task Request_OutsideDocumentedApi_AnswersBadRequestAndRecordsViolation(string method, string path, string json, string expected)
    {
        var (status, body) = await SendAsync(new HttpMethod(method), path, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
        Assert.Contains(_server.Violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_WrongApiKey_AnswersUnauthorizedWithErrorEnvelope()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "collections/c", null, apiKey: "nope");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains("\"status\":{\"error\":", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCollection_Missing_AnswersNotFoundWithQdrantMessage()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "collections/missing", null);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Collection `missing` doesn't exist!", body, StringComparison.Ordinal);
        Assert.Empty(_server.Violations);
    }
}
