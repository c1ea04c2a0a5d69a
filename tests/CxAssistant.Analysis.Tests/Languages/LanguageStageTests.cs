using CxAssistant.Analysis.Languages;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;

namespace CxAssistant.Analysis.Tests.Languages;

public sealed class LanguageStageTests
{
    private const string Spanish =
        "Pedí unas botas y la entrega llegó dos semanas tarde. Terrible, nadie respondió en atención al cliente.";
    private const string German =
        "Die Lieferung kam zwei Wochen zu spät und der Kundenservice hat nie auf meine E-Mails geantwortet.";

    private static EvidenceRecord Record(string id, string text, double? rating = null) =>
        new()
        {
            Id = id,
            RecordId = id,
            Text = text,
            Source = new SourceLocation("f.csv", 2),
            Channel = Channel.Review,
            Rating = rating,
        };

    private static Core.Analysis.AnalysisResult Analyse(params EvidenceRecord[] records) =>
        new AnalysisPipeline().Analyse(
            new IngestResult(records, [], []),
            new AnalyzeOptions { Paths = [], Preset = "ecommerce" }
        );

    private static Annotation Of(Core.Analysis.AnalysisResult result, string id) =>
        result.Annotations[result.Records.ToList().FindIndex(r => r.Id == id)];

    [Fact]
    public void Analyse_SpanishReviewWithRating_GetsNoEnglishLabelsAndSentimentFromTheRating()
    {
        var result = Analyse(
            Record("es", Spanish, rating: 1),
            Record("en", "The delivery was two weeks late and support never replied.")
        );

        var es = Of(result, "es");
        Assert.Equal("es", es.Language?.Code);
        Assert.Empty(es.Touchpoints);
        Assert.Empty(es.Cues);
        Assert.Equal(Intent.None, es.Intent);
        Assert.Equal(Annotation.RatingProvenance, es.Provenance);
        Assert.Equal(SentimentLabel.Negative, es.SentimentLabel);
        Assert.Equal(Spanish, result.Records.Single(r => r.Id == "es").Text);
        var en = Of(result, "en");
        Assert.NotEmpty(en.Touchpoints);
        Assert.Equal("offline", en.Provenance);
    }

    [Fact]
    public void Analyse_SpanishReviewWithoutRating_IsNotReadAndNeutral()
    {
        var es = Of(Analyse(Record("es", Spanish), Record("en", "Checkout was quick and easy.")), "es");

        Assert.Equal(Annotation.NotReadProvenance, es.Provenance);
        Assert.Equal(SentimentLabel.Neutral, es.SentimentLabel);
        Assert.Equal(0, es.Sentiment);
        Assert.Empty(es.Touchpoints);
    }

    [Fact]
    public void Analyse_ForeignRecords_DataQualityLineSaysWhichLanguagesAndWhatWasDone()
    {
        var result = Analyse(
            Record("de", German, rating: 2),
            Record("es", Spanish),
            Record("en1", "Delivery was late again."),
            Record("en2", "Great boots, fast shipping.")
        );

        var line = Assert.Single(result.Warnings, w => w.StartsWith(LanguageSummary.Prefix, StringComparison.Ordinal));
        Assert.Contains("2 record(s) (50 %) are in German (1) and Spanish (1)", line, StringComparison.Ordinal);
        Assert.Contains("the offline reader covers English", line, StringComparison.Ordinal);
        Assert.Contains("1 take their sentiment from their rating", line, StringComparison.Ordinal);
        Assert.Contains("1 have no rating and were not read", line, StringComparison.Ordinal);
        Assert.Contains("configure a model to translate them", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_ShortEnglishTexts_KeepTheirReading()
    {
        var result = Analyse(
            Record("a", "Terrible!"),
            Record("b", "ok"),
            Record("c", "lol the app crashed at checkout again smh")
        );

        Assert.All(result.Annotations, a => Assert.True(a.Language!.IsReadOffline));
        Assert.Equal(SentimentLabel.Negative, Of(result, "a").SentimentLabel);
        Assert.Equal("offline", Of(result, "a").Provenance);
        Assert.NotEmpty(Of(result, "c").Touchpoints);
        Assert.DoesNotContain(result.Warnings, w => w.StartsWith(LanguageSummary.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Readable_AllRead_ReturnsTheSameList()
    {
        IReadOnlyList<EvidenceRecord> records = [Record("a", "Fine.")];

        Assert.Same(records, LanguageStage.Readable(records, [RecordLanguage.TooShort]));
    }
}
