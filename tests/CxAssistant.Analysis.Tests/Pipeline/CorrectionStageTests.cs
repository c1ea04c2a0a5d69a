using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;

namespace CxAssistant.Analysis.Tests.Pipeline;

/// <summary>The team's corrections, applied by the pipeline before scoring (docs/corrections.md).</summary>
public sealed class CorrectionStageTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly IngestResult Ingest = new(
        [
            Record("a", "The parcel was delivered two days early and the courier was friendly.", 10),
            Record("b", "Delivery took three weeks and nobody answered my emails.", 1),
            Record("c", "The courier left the box in the rain, soaked through.", 2),
            Record("d", "Packaging was crushed on arrival, the jar inside had cracked.", 3),
            Record("e", "Customer service refunded me within an hour, great people.", 9),
            Record("f", "TEST ROW please ignore delivery delivery delivery", 0),
        ],
        [],
        []
    );

    private static EvidenceRecord Record(string id, string text, int nps) =>
        new()
        {
            Id = id,
            RecordId = id,
            Text = text,
            Source = new SourceLocation("feedback.csv", 2),
            Channel = Channel.Survey,
            Nps = nps,
        };

    private static AnalysisResult Analyse(params Correction[] corrections) =>
        new AnalysisPipeline().Analyse(
            Ingest,
            new AnalyzeOptions
            {
                Paths = [],
                Preset = "ecommerce",
                Discover = false,
                ComparePeriods = null,
                Corrections = corrections,
            }
        );

    private static Correction Make(long id, CorrectionKind kind, string target, string value) =>
        new(id, kind, target, value, "ana", At);

    private static Annotation Of(AnalysisResult result, string id) =>
        result.Annotations[result.Records.ToList().FindIndex(r => r.Id == id)];

    [Fact]
    public void Analyse_SentimentAndIntentCorrected_LabelsReplacedWithProvenanceAndScoresMove()
    {
        var before = Analyse();
        Assert.NotEqual(SentimentLabel.Negative, Of(before, "a").SentimentLabel);

        var after = Analyse(
            Make(1, CorrectionKind.Sentiment, "a", "negative"),
            Make(2, CorrectionKind.Intent, "a", "complaint")
        );

        var a = Of(after, "a");
        Assert.Equal(SentimentLabel.Negative, a.SentimentLabel);
        Assert.True(a.Sentiment < 0);
        Assert.Equal(Intent.Complaint, a.Intent);
        Assert.Equal(Provenance.CorrectedSource, a.Provenance);
        Assert.Equal(["sentiment", "intent"], a.Corrected);
        Assert.Null(Of(after, "b").Corrected);
        Assert.All(after.Corrections, o => Assert.True(o.Applied));
        // Delivery now has one more complaining customer among its mentions, and a lower emotional score.
        var delivery = (
            before.Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery"),
            after.Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery")
        );
        Assert.Equal(delivery.Item1.ComplaintCustomers + 1, delivery.Item2.ComplaintCustomers);
        Assert.True(delivery.Item2.EmotionalImpact.Value < delivery.Item1.EmotionalImpact.Value);
    }

    [Fact]
    public void Analyse_TouchpointsCorrected_MentionsMoveAndEvidencePointsAtTheText()
    {
        var after = Analyse(Make(1, CorrectionKind.Touchpoints, "e", "Delivery and tracking|customer-service"));

        var e = Of(after, "e");
        Assert.Equal(["delivery", "customer-service"], e.Touchpoints.Select(t => t.TouchpointId));
        var text = after.Records.Single(r => r.Id == "e").Text;
        Assert.All(e.Touchpoints, m => Assert.InRange(m.End, m.Start + 1, text.Length));
        Assert.Contains(e.Cues, c => c.Label == CueLabels.Touchpoint + "delivery");
        Assert.Equal(
            Analyse().Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery").Mentions + 1,
            after.Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery").Mentions
        );
    }

    [Fact]
    public void Analyse_IrrelevantRecord_LeftOutOfRecordsAndCounts()
    {
        var after = Analyse(Make(1, CorrectionKind.Irrelevant, "f", ""));

        Assert.DoesNotContain(after.Records, r => r.Id == "f");
        Assert.Equal(Ingest.Records.Count - 1, after.Scoring.Overall.Records);
        Assert.True(after.Corrections.Single().Applied);
    }

    [Fact]
    public void Analyse_ThemeMergedAndRenamed_MentionsCountForTheTargetUnderItsNewName()
    {
        var before = Analyse();
        var packaging = before.Scoring.Touchpoints.Single(s => s.TouchpointId == "packaging").Mentions;
        Assert.True(packaging > 0);

        var after = Analyse(
            Make(1, CorrectionKind.MergeTheme, "Packaging", "delivery"),
            Make(2, CorrectionKind.RenameTheme, "delivery", "Getting it to the door")
        );

        Assert.Null(after.Catalog.Find("packaging"));
        Assert.Equal("Getting it to the door", after.Catalog.Find("delivery")!.Name);
        Assert.DoesNotContain(after.Annotations, a => a.Touchpoints.Any(t => t.TouchpointId == "packaging"));
        Assert.DoesNotContain(after.Scoring.Touchpoints, s => s.TouchpointId == "packaging");
        Assert.Contains("delivery", Of(after, "d").Touchpoints.Select(t => t.TouchpointId));
    }

    [Fact]
    public void Analyse_ThemeSplit_RecordsUsingTheWordsMoveToTheNewThemeAtTheWord()
    {
        var before = Analyse();
        var delivery = before.Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery").Mentions;
        Assert.Contains("delivery", Of(before, "c").Touchpoints.Select(t => t.TouchpointId));

        var after = Analyse(Make(1, CorrectionKind.SplitTheme, "Delivery and tracking", "Courier|courier"));

        var courier = after.Catalog.Touchpoints.Single(t => t.Name == "Courier");
        Assert.Equal(after.Catalog.Find("delivery")!.Stage, courier.Stage);
        var c = Of(after, "c");
        Assert.Equal([courier.Id], c.Touchpoints.Select(t => t.TouchpointId));
        var text = after.Records.Single(r => r.Id == "c").Text;
        Assert.Equal("courier", text[c.Touchpoints[0].Start..c.Touchpoints[0].End]);
        Assert.Contains(c.Cues, cue => cue.Label == CueLabels.Touchpoint + courier.Id);
        // A delivery record that never names a courier stays where it was.
        Assert.Contains("delivery", Of(after, "b").Touchpoints.Select(t => t.TouchpointId));
        var moved = after.Scoring.Touchpoints.Single(s => s.TouchpointId == courier.Id).Mentions;
        Assert.True(moved > 0);
        Assert.Equal(delivery, after.Scoring.Touchpoints.Single(s => s.TouchpointId == "delivery").Mentions + moved);
        Assert.True(after.Corrections.Single().Applied);
    }

    [Fact]
    public void Analyse_ThemeSplitWhoseWordsNoRecordUses_ReportedAndNothingMoves()
    {
        var after = Analyse(Make(1, CorrectionKind.SplitTheme, "delivery", "Drones|drone"));

        Assert.DoesNotContain(after.Catalog.Touchpoints, t => t.Name == "Drones");
        var outcome = after.Corrections.Single();
        Assert.False(outcome.Applied);
        Assert.Contains("uses drone", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_CorrectionsThatMatchNothing_ReportedNotDropped()
    {
        var after = Analyse(
            Make(1, CorrectionKind.Sentiment, "gone", "negative"),
            Make(2, CorrectionKind.RenameTheme, "Teleportation", "Beaming"),
            Make(3, CorrectionKind.Touchpoints, "a", "Warp drive"),
            Make(4, CorrectionKind.Irrelevant, "also-gone", "")
        );

        Assert.Equal(4, after.Corrections.Count);
        Assert.All(after.Corrections, o => Assert.False(o.Applied));
        Assert.Contains(after.Corrections, o =>
            o.Correction.Id == 1 && o.Problem!.Contains("record is not in this analysis", StringComparison.Ordinal)
        );
        Assert.Contains(after.Corrections, o =>
            o.Correction.Id == 3 && o.Problem!.Contains("'Warp drive'", StringComparison.Ordinal)
        );
        Assert.Equal(4, after.Warnings.Count(w => w.Contains("matched nothing", StringComparison.Ordinal)));
        Assert.Null(Of(after, "a").Corrected);
    }

    [Fact]
    public void Analyse_TwoCorrectionsOfOneLabel_TheLaterWins()
    {
        var after = Analyse(
            Make(1, CorrectionKind.Sentiment, "b", "positive"),
            Make(2, CorrectionKind.Sentiment, "b", "neutral")
        );

        Assert.Equal(SentimentLabel.Neutral, Of(after, "b").SentimentLabel);
        Assert.Equal(["sentiment"], Of(after, "b").Corrected);
    }
}
