using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Core.Tests.Metrics;

public class EngagementCustomersTests
{
    private static EvidenceRecord With(IReadOnlyDictionary<string, string> metadata) =>
        new()
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("test.csv", 2),
            Channel = Channel.Survey,
            Text = "fine",
            Metadata = metadata,
        };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Field_MatchesAnyCaseTrimsAndTreatsBlankAsMissing(bool ignoreCaseDictionary)
    {
        // Readers build case-insensitive dictionaries (the fast lookup); anything else is searched key by key.
        var metadata = new Dictionary<string, string>(
            ignoreCaseDictionary ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal
        )
        {
            ["Plan"] = "  Pro ",
            ["region"] = "   ",
        };
        var record = With(metadata);

        Assert.Equal("Pro", EngagementCustomers.Field(record, "plan"));
        Assert.Equal("Pro", EngagementCustomers.Field(record, "PLAN"));
        Assert.Null(EngagementCustomers.Field(record, "region"));
        Assert.Null(EngagementCustomers.Field(record, "country"));
    }
}
