using CxAssistant.Engine.Memory.Qdrant;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

public sealed class QdrantOptionsTests
{
    [Theory]
    [InlineData("localhost:6333", "Qdrant:Url")]
    [InlineData("ftp://host", "Qdrant:Url")]
    public void Validate_BadUrl_ThrowsNamingKey(string url, string key)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new QdrantOptions { Url = url }.Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadValues_ThrowNamingEachKey()
    {
        Assert.Contains("Qdrant:CollectionName", Assert.ThrowsAny<ArgumentException>(() => new QdrantOptions { CollectionName = "a/b" }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:BatchSize", Assert.ThrowsAny<ArgumentException>(() => new QdrantOptions { BatchSize = 0 }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:Timeout", Assert.ThrowsAny<ArgumentException>(() => new QdrantOptions { Timeout = TimeSpan.Zero }.Validate()).Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:MaxRetries", Assert.ThrowsAny<ArgumentException>(() => new QdrantOptions { MaxRetries = -1 }.Validate()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UrlWithPathPrefix_KeepsPrefixWithTrailingSlash()
    {
        Assert.Equal("https://example.com/qdrant/", new QdrantOptions { Url = "https://example.com/qdrant" }.Validate().AbsoluteUri);
    }
}
