namespace CxAssistant.Ingestion.Tests;

public sealed class ValueParserTests
{
    [Theory]
    [InlineData("9", 9)]
    [InlineData("4,5", 4.5)]
    [InlineData("4/5", 4)]
    [InlineData("10 - Extremely likely", 10)]
    [InlineData("★★★★☆", 4)]
    public void ScoreParser_ExportFormats_Parsed(string value, double expected)
    {
        Assert.True(ScoreParser.TryParse(value, out var score));
        Assert.Equal(expected, score);
    }

    [Theory]
    [InlineData("eleven")]
    [InlineData("4.5.2024")]
    [InlineData("10:30")]
    public void ScoreParser_NotAScore_Rejected(string value) => Assert.False(ScoreParser.TryParse(value, out _));

    [Theory]
    [InlineData("Wed Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24+00:00")]
    [InlineData("2015-02-24 11:35:52 -0800", "2015-02-24T11:35:52-08:00")]
    [InlineData("5.3.2024", "2024-03-05T00:00:00+00:00")]
    [InlineData("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00")]
    public void TimestampParser_CommonFormats_Parsed(string value, string expected)
    {
        Assert.True(TimestampParser.TryParse(value, dayFirst: false, allowEpoch: false, out var timestamp));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), timestamp);
    }

    [Fact]
    public void TimestampParser_EpochOnlyWhenAllowed()
    {
        Assert.False(TimestampParser.TryParse("1709632800", false, allowEpoch: false, out _));
        Assert.True(TimestampParser.TryParse("1709632800", false, allowEpoch: true, out var t));
        Assert.Equal(2024, t.Year);
    }
}
