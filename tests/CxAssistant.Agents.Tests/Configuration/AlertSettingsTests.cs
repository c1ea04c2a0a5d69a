using CxAssistant.Core.Alerts;
using CxAssistant.Hosting.Configuration;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Tests.Configuration;

public sealed class AlertSettingsTests
{
    private static AlertOptions Read(params (string Key, string Value)[] settings) =>
        AlertSettings.Read(
            new ConfigurationBuilder()
                .AddInMemoryCollection(
                    settings.Select(s => new KeyValuePair<string, string?>("CxAssistant:Alerts:" + s.Key, s.Value))
                )
                .Build()
        );

    [Fact]
    public void Read_NothingConfigured_Defaults() => Assert.Equal(new AlertOptions(), Read());

    [Fact]
    public void Read_ValuesAndOff_Bound()
    {
        var options = Read(
            ("NegativeShare", "0.35"),
            ("MinMentions", "8"),
            ("NpsDrop", "off"),
            ("NewThemeRecords", "12")
        );

        Assert.Equal(
            new AlertOptions
            {
                NegativeShare = 0.35,
                MinMentions = 8,
                NpsDrop = null,
                NewThemeRecords = 12,
            },
            options
        );
    }

    [Theory]
    [InlineData("NpsDrop", "ten")]
    [InlineData("MinMentions", "2.5")]
    [InlineData("NegativeShare", "35")]
    public void Read_BadValue_ErrorNamesTheKey(string key, string value)
    {
        var e = Assert.Throws<ArgumentException>(() => Read((key, value)));

        Assert.Contains("CxAssistant:Alerts:" + key, e.Message);
    }
}
