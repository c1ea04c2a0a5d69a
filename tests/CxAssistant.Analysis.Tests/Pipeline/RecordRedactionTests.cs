using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;
using CxAssistant.Ingestion;

namespace CxAssistant.Analysis.Tests.Pipeline;

public sealed class RecordRedactionTests
{
    private static EvidenceRecord Record(
        string id,
        string text,
        string? customer = null,
        string? speaker = null,
        Dictionary<string, string>? metadata = null
    ) =>
        new()
        {
            Id = id,
            RecordId = id,
            Text = text,
            Source = new SourceLocation("f.csv", 2),
            Channel = Channel.Review,
            CustomerId = customer,
            Speaker = speaker,
            Metadata = metadata ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        };

    [Fact]
    public void Apply_SameValueInTwoRecords_GetsTheSamePlaceholderAndIdsStay()
    {
        var records = RecordRedaction.Apply(
            [Record("a", "Write to kim@example.com"), Record("b", "kim@example.com again, and sam@example.org")],
            new PlaceholderTable()
        );

        Assert.Equal("Write to [EMAIL-1]", records[0].Text);
        Assert.Equal("[EMAIL-1] again, and [EMAIL-2]", records[1].Text);
        Assert.Equal(["a", "b"], records.Select(r => r.Id));
    }

    [Fact]
    public void Apply_ValuesInIdsCustomersAndMetadata_AreNumberedInRecordOrderAndAlikeEverywhere()
    {
        // Values are detected once per distinct value, in parallel; numbering still follows the records.
        Dictionary<string, string> Note(string value) => new(StringComparer.OrdinalIgnoreCase) { ["note"] = value };
        var records = RecordRedaction.Apply(
            [
                Record("a", "Fine.", customer: "ann@example.com", metadata: Note("call bob@example.org")),
                Record("b", "Fine.", customer: "cy@example.net", metadata: Note("ann@example.com")),
                Record("c", "Write to bob@example.org", customer: "ann@example.com", metadata: Note("ok")),
            ],
            new PlaceholderTable()
        );

        Assert.Equal(["[EMAIL-1]", "[EMAIL-3]", "[EMAIL-1]"], records.Select(r => r.CustomerId));
        Assert.Equal(["call [EMAIL-2]", "[EMAIL-1]", "ok"], records.Select(r => r.Metadata["note"]));
        Assert.Equal("Write to [EMAIL-2]", records[2].Text);
    }

    [Fact]
    public void Apply_NamedColumnsCustomerAndSpeaker_AreReplacedButRolesAndSegmentsKept()
    {
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["customer_name"] = "Jane Doe",
            ["Phone number"] = "555 0199",
            ["plan"] = "Pro",
            ["region"] = "North",
        };

        var r = RecordRedaction.Apply(
            [Record("a", "Fine.", customer: "Raj Patel", speaker: "Agent Mike", metadata: metadata)],
            new PlaceholderTable()
        )[0];

        Assert.Matches(@"^\[NAME-\d+\]$", r.CustomerId);
        Assert.NotEqual(r.CustomerId, r.Metadata["customer_name"]);
        Assert.StartsWith("Agent [NAME-", r.Speaker, StringComparison.Ordinal);
        Assert.True(r.IsBusinessSpeaker);
        Assert.StartsWith("[NAME-", r.Metadata["customer_name"], StringComparison.Ordinal);
        Assert.Equal("[PHONE-1]", r.Metadata["Phone number"]);
        Assert.Equal("Pro", r.Metadata["plan"]);
        Assert.Equal("North", r.Metadata["region"]);
    }

    [Fact]
    public void Analyse_DefaultAndRawText_RedactOnlyByDefault()
    {
        var ingest = new IngestResult(
            [Record("a", "Hi Kim. The checkout failed, call 0033 1 42 68 53 00."), Record("b", "Delivery was late.")],
            [],
            []
        );

        var redacted = new AnalysisPipeline().Analyse(ingest, new AnalyzeOptions { Paths = [], Preset = "ecommerce" });
        var raw = new AnalysisPipeline().Analyse(
            ingest,
            new AnalyzeOptions
            {
                Paths = [],
                Preset = "ecommerce",
                RawText = true,
            }
        );

        Assert.Equal("Hi [NAME-1]. The checkout failed, call [PHONE-1].", redacted.Records[0].Text);
        Assert.Equal(ingest.Records[0].Text, raw.Records[0].Text);
        Assert.Contains(raw.Warnings, w => w.Contains("--raw-text", StringComparison.Ordinal));
        Assert.DoesNotContain(redacted.Warnings, w => w.Contains("--raw-text", StringComparison.Ordinal));
    }
}
