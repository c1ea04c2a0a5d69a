using CxAssistant.Engine.Memory.Qdrant;

namespace CxAssistant.Engine.Tests.Memory.Qdrant;

public sealed class QdrantFilterTranslatorTests
{
    [Fact]
    public void Translate_EqualityAndContains_MapsToMustMatch()
    {
        var filter = QdrantFilterTranslator.Translate(r => r.Channel == "chat" && r.Touchpoints.Contains("delivery"));

        Assert.Equal(
            """{"must":[{"key":"channel","match":{"value":"chat"}},{"key":"touchpoints","match":{"value":"delivery"}}]}""",
            filter.ToJsonString());
    }

    [Fact]
    public void Translate_FlippedRangeAndNotEqual_MapsToRangeAndMustNot()
    {
        long from = 5;

        var filter = QdrantFilterTranslator.Translate(r => from <= r.TimestampUnixMs && r.Source != "x.csv");

        Assert.Equal(
            """{"must":[{"key":"timestamp_unix_ms","range":{"gte":5}},{"must_not":[{"key":"source","match":{"value":"x.csv"}}]}]}""",
            filter.ToJsonString());
    }

    [Fact]
    public void Translate_NullKeyAndList_MapsToIsNullHasIdAndAny()
    {
        var id = Guid.Parse("5b7f1c2e-8d3a-4e61-9f0b-2c4d6e8a1b3c");
        var channels = new List<string> { "chat", "email" };

        var filter = QdrantFilterTranslator.Translate(r => r.CustomerId == null || r.Key == id || channels.Contains(r.Channel));

        Assert.Equal(
            """{"should":[{"should":[{"is_null":{"key":"customer_id"}},{"has_id":["5b7f1c2e-8d3a-4e61-9f0b-2c4d6e8a1b3c"]}]},{"key":"channel","match":{"any":["chat","email"]}}]}""",
            filter.ToJsonString());
    }

    [Fact]
    public void Translate_VectorProperty_ThrowsNotSupported()
    {
        var error = Assert.Throws<NotSupportedException>(() => QdrantFilterTranslator.Translate(r => r.Embedding.Length > 3));

        Assert.Contains("Qdrant filter", error.Message, StringComparison.Ordinal);
    }
}
