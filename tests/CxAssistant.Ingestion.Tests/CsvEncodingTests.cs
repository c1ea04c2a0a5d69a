using static CxAssistant.Ingestion.Tests.IngestionFixtures;

namespace CxAssistant.Ingestion.Tests;

public sealed class CsvEncodingTests
{
    [Fact]
    public void Load_Utf16LeWithBom_DecodesAccentsAndQuotedCommas()
    {
        var records = Load("survey_utf16le.csv").Records;

        Assert.Equal(["Très bien, merci", "Zu teuer, leider"], records.Select(r => r.Text));
        Assert.Equal([5.0, 2.0], records.Select(r => r.Rating!.Value));
    }

    [Fact]
    public void Load_Utf16LeWithoutBom_Detected()
    {
        using var folder = NewTempFolder();
        var file = folder.File(
            "nobom.csv",
            System.Text.Encoding.Unicode.GetBytes("id,comment\n1,Ärger mit der Lieferung\n")
        );

        var record = Assert.Single(new EvidenceLoader().Load([file], IngestOptions.Default).Records);

        Assert.Equal("Ärger mit der Lieferung", record.Text);
    }

    [Fact]
    public void Load_Latin1Bytes_FallsBackToSingleByteDecoding()
    {
        var records = Load("reviews_latin1.csv").Records;

        Assert.Equal("Très déçu du délai", records[0].Text);
        Assert.Equal("Über gut, schnell geliefert", records[1].Text);
        Assert.Equal(1, records[0].Rating);
    }
}
