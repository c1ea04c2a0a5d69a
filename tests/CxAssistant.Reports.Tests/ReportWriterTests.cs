namespace CxAssistant.Reports.Tests;

public sealed class ReportWriterTests
{
    [Fact]
    public void WriteAll_Completes_WritesEveryFileAndNoStagingFolder()
    {
        var dir = Directory.CreateTempSubdirectory("cx-report-").FullName;
        try
        {
            var written = ReportWriter.WriteAll(AnalysisFixture.Build(), dir, new ReportOptions());

            Assert.Equal(ReportWriter.FileNames.Length, written.Count);
            Assert.All(written, f => Assert.True(new FileInfo(f).Length > 0));
            Assert.Empty(Directory.GetDirectories(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void WriteAll_CancelledMidway_LeavesPreviousReportUntouched()
    {
        var dir = Directory.CreateTempSubdirectory("cx-report-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "report.md"), "previous");
            using var cts = new CancellationTokenSource();
            cts.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() =>
                ReportWriter.WriteAll(AnalysisFixture.Build(), dir, new ReportOptions(), cts.Token)
            );

            Assert.Equal("previous", File.ReadAllText(Path.Combine(dir, "report.md")));
            Assert.Single(Directory.GetFiles(dir));
            Assert.Empty(Directory.GetDirectories(dir));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void AnnotationsCsv_FormulaLikeText_IsPrefixedSoSpreadsheetsShowText()
    {
        Assert.Equal("'=HYPERLINK(\"x\")", AnnotationsCsv.SpreadsheetSafe("=HYPERLINK(\"x\")"));
        Assert.Equal("plain", AnnotationsCsv.SpreadsheetSafe("plain"));
    }

    [Fact]
    public void AnalysisJson_RoundTrip_KeepsScoresAndAnnotations()
    {
        var analysis = AnalysisFixture.Build();
        using var stream = new MemoryStream();
        AnalysisJson.Write(stream, analysis);
        stream.Position = 0;

        var doc = AnalysisJson.Read(stream);

        Assert.Equal("1.0", doc.SchemaVersion);
        Assert.Equal(3, doc.Records.Count);
        Assert.Equal("delivery", doc.Records[0].Annotation.PrimaryTouchpoint);
        Assert.Equal(81, doc.Scores[0].Priority);
        Assert.Contains("\"sentimentLabel\":\"negative\"", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
