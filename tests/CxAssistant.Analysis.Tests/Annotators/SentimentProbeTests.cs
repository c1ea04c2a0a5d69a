using System.Text;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>
/// The sentiment probe trained on the project's examples: it labels a statement with no sentiment word only when the
/// prototypes do not lean and its own probability is clear, with a meaning cue on the whole text.
/// </summary>
public sealed class SentimentProbeTests
{
    private static readonly string FullModelId = MeaningEncoder
        .Full.GetService<EmbeddingGeneratorMetadata>()!
        .DefaultModelId!;

    private static readonly OfflineAnnotator WithPrototypes = new(
        new NoTouchpoints(),
        new FeedbackMeaning(Embed, modelId: null)
    );

    private static readonly OfflineAnnotator WithProbe = new(
        new NoTouchpoints(),
        new FeedbackMeaning(Embed, FullModelId)
    );

    private static IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) =>
        [.. MeaningEncoder.Full.GenerateAsync(texts).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())];

    private static Annotation Read(
        OfflineAnnotator annotator,
        string text,
        string? speaker = null,
        Channel channel = Channel.Review
    ) =>
        annotator.Annotate(
            new EvidenceRecord
            {
                Id = "e1",
                RecordId = "1",
                Source = new SourceLocation("t.csv", 2),
                Channel = channel,
                Speaker = speaker,
                Text = text,
            },
            Embed([MeaningSpace.Readable(text)])[0]
        );

    [Fact]
    public void For_FullModelAndStaticTable_OnlyTheFullModelHasAProbe()
    {
        Assert.NotNull(SentimentProbe.For(FullModelId));
        Assert.Null(SentimentProbe.For(MeaningEncoder.ModelId));
        Assert.Null(SentimentProbe.For(null));
    }

    [Theory]
    [InlineData("Half the menu was unavailable on Saturday night.", SentimentLabel.Negative)]
    public void Annotate_StatementWithoutSentimentWords_ProbeLeansWithMeaningCue(string text, SentimentLabel expected)
    {
        var prototypes = Read(WithPrototypes, text);
        var probe = Read(WithProbe, text);

        Assert.Equal(SentimentLabel.Neutral, prototypes.SentimentLabel);
        Assert.Equal(expected, probe.SentimentLabel);
        var cue = Assert.Single(probe.Cues, c => c.Label == CueLabels.Meaning + "sentiment");
        Assert.Equal((0, text.Length), (cue.Start, cue.End));
        Assert.True(probe.Confidence < 0.6);
    }

    [Fact]
    public void Analyze_PraiseWithoutSentimentWords_LeansPositiveOnlyPastThePositiveThreshold()
    {
        // The probe reads this as praise at about 0.79: past a 0.7 threshold, short of the shipped 0.8.
        const string text = "The staff remembered my daughter's allergy without being told.";
        var vector = Embed([MeaningSpace.Readable(text)])[0];
        var meaning = new FeedbackMeaning(Embed, FullModelId);

        var lenient = new SentimentAnalyzer { ProbeThreshold = 0.7 }.Analyze(
            new TextAnalysis(text),
            null,
            null,
            new(meaning, vector)
        );
        var shipped = new SentimentAnalyzer().Analyze(new TextAnalysis(text), null, null, new(meaning, vector));

        Assert.Equal(SentimentLabel.Positive, lenient.Label);
        Assert.StartsWith("sentiment probe: positive", lenient.MeaningCue);
        Assert.Equal(SentimentLabel.Neutral, shipped.Label);
    }

    [Fact]
    public void Analyze_ProbeBelowThreshold_StaysNeutral()
    {
        const string text = "Half the menu was unavailable on Saturday night.";
        var vector = Embed([MeaningSpace.Readable(text)])[0];
        var meaning = new FeedbackMeaning(Embed, FullModelId);

        var leaned = new SentimentAnalyzer().Analyze(new TextAnalysis(text), null, null, new(meaning, vector));
        var strict = new SentimentAnalyzer { NegativeProbeThreshold = 0.95 }.Analyze(
            new TextAnalysis(text),
            null,
            null,
            new(meaning, vector)
        );

        Assert.Equal(SentimentLabel.Negative, leaned.Label);
        Assert.StartsWith("sentiment probe: negative", leaned.MeaningCue);
        Assert.Equal(SentimentLabel.Neutral, strict.Label);
        Assert.Null(strict.MeaningCue);
    }

    [Fact]
    public void Annotate_StatementWithSentimentWords_ProbeNotAsked()
    {
        const string text = "The staff remembered my daughter's allergy without being told. Lovely.";

        var probe = Read(WithProbe, text);

        Assert.Equal(SentimentLabel.Positive, probe.SentimentLabel);
        Assert.Contains(probe.Cues, c => c.Label == CueLabels.Sentiment + "positive" && c.End - c.Start < 10);
        Assert.DoesNotContain(probe.Cues, c => c.Label == CueLabels.Meaning + "sentiment");
    }

    [Theory]
    [InlineData("agent", Channel.Chat)]
    [InlineData(null, Channel.Analytics)]
    public void Annotate_NotTheCustomersVoice_ReadByRulesAlone(string? speaker, Channel channel)
    {
        const string text = "Half the menu was unavailable on Saturday night.";

        var customer = Read(WithProbe, text, channel: Channel.Chat);
        var other = Read(WithProbe, text, speaker, channel);

        Assert.Equal(SentimentLabel.Negative, customer.SentimentLabel);
        Assert.Equal(SentimentLabel.Neutral, other.SentimentLabel);
        Assert.DoesNotContain(other.Cues, c => c.Label == CueLabels.Meaning + "sentiment");
    }

    [Fact]
    public void Annotate_WordsTooWeakForAVerdict_ProbeDecidesForTheSideTheRulesFound()
    {
        // "delivered" and "left" weigh against each other: the rules leave it neutral, with a negative word among them.
        const string text = "The parcel was delivered to the wrong street and left in the rain.";

        var prototypes = Read(WithPrototypes, text);
        var probe = Read(WithProbe, text);

        Assert.Equal(SentimentLabel.Neutral, prototypes.SentimentLabel);
        Assert.Equal(SentimentLabel.Negative, probe.SentimentLabel);
        Assert.Single(probe.Cues, c => c.Label == CueLabels.Meaning + "sentiment" && c.End == text.Length);
        Assert.True(probe.Confidence < 0.6);
    }

    [Fact]
    public void Analyze_ProbeAgainstTheOnlyWordsTheRulesFound_StaysNeutral()
    {
        // The rules found only a weak positive word ("received"); the probe reads a complaint, but a lean it gives
        // must be for a side the rules found words of, so the statement stays neutral.
        const string text = "Received the sofa today, one leg snapped off in the box.";
        var vector = Embed([MeaningSpace.Readable(text)])[0];
        var meaning = new FeedbackMeaning(Embed, FullModelId);

        var vote = meaning.SentimentByProbe(vector);
        var read = new SentimentAnalyzer().Analyze(new TextAnalysis(text), null, null, new(meaning, vector));

        Assert.Equal("negative", vote?.Label);
        Assert.True(vote!.Score >= new SentimentAnalyzer().NegativeProbeThreshold);
        Assert.Equal(SentimentLabel.Neutral, read.Label);
        Assert.Null(read.MeaningCue);
    }

    [Fact]
    public void Annotate_PlainFact_StaysNeutral()
    {
        var probe = Read(WithProbe, "The shop opens at nine on weekdays.");

        Assert.Equal(SentimentLabel.Neutral, probe.SentimentLabel);
        Assert.DoesNotContain(probe.Cues, c => c.Label == CueLabels.Meaning + "sentiment");
    }

    [Fact]
    public void Vote_ZeroOrForeignVector_NoVote()
    {
        var probe = SentimentProbe.For(FullModelId)!;

        Assert.Null(probe.Vote(new float[384]));
        Assert.Null(probe.Vote([1f, 0f, 0f]));
    }

    [Fact]
    public void Vote_Probabilities_SumToOne()
    {
        var vote = SentimentProbe.For(FullModelId)!.Vote(Embed(["The shop opens at nine on weekdays."])[0]);

        Assert.NotNull(vote);
        Assert.Equal("neutral", vote.Label);
        Assert.Equal(1, vote.Probabilities!.Values.Sum(), 6);
        Assert.Equal(3, vote.Probabilities.Count);
    }

    [Fact]
    public void Resource_RecordsTheHashOfTheCommittedTrainingTexts()
    {
        // The texts sentprobe.py trains on, in its order: language.dev, language.probe, then evals/training/src/*.txt
        // (touchpoints-*.txt are another format). Editing them without retraining the probe fails here.
        var root = DevSet.RepositoryRoot();
        var texts = new List<string>();
        foreach (var split in new[] { "dev", "probe" })
        {
            texts.AddRange(
                File.ReadLines(Path.Combine(root, "evals", "devset", $"language.{split}.jsonl"))
                    .Where(l => !string.IsNullOrWhiteSpace(l))
                    .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            );
        }
        var files = Directory
            .GetFiles(Path.Combine(root, "evals", "training", "src"), "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("touchpoints-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts.AddRange(
                File.ReadLines(file)
                    .Where(l => !l.StartsWith('#') && !string.IsNullOrWhiteSpace(l))
                    .Select(l => l.Split('|', 8)[7])
            );
        }
        var digest = Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts)))
        )[..16];

        var assembly = typeof(SentimentProbe).Assembly;
        var name = assembly
            .GetManifestResourceNames()
            .Single(n => n.EndsWith(".Meaning.sentiment-probe.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var trainedOn = System.Text.Json.JsonDocument.Parse(stream).RootElement.GetProperty("trained_on").GetString();

        Assert.Equal(
            $"{texts.Count} project examples (dev-language.dev,dev-language.probe,trainnew), texts sha256 {digest}",
            trainedOn
        );
    }

    [Fact]
    public void Parse_WeightsDoNotMatchClasses_Throws()
    {
        const string json = """
            {"encoders":{"m":{"classes":["a","b"],"weights":[[1]],"bias":[0,0]}}}
            """;

        Assert.Throws<InvalidDataException>(() => SentimentProbe.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json))));
    }
}
