using System.Text;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Tests.Annotators;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Tests.Meaning;

/// <summary>
/// The job-state probe trained on the project's examples, read through the full model as `cx analyze` does.
/// </summary>
public sealed class JobProbeTests
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

    private static Annotation Read(OfflineAnnotator annotator, string text) =>
        annotator.Annotate(
            new EvidenceRecord
            {
                Id = "e1",
                RecordId = "1",
                Source = new SourceLocation("t.csv", 2),
                Channel = Channel.Chat,
                Text = text,
            },
            Embed([MeaningSpace.Readable(text)])[0]
        );

    [Fact]
    public void For_FullModelAndStaticTable_OnlyTheFullModelHasAProbe()
    {
        Assert.NotNull(JobProbe.For(FullModelId));
        Assert.Null(JobProbe.For(MeaningEncoder.ModelId));
        Assert.Null(JobProbe.For(null));
    }

    [Fact]
    public void Annotate_CommandWithoutRequestForm_ProbePlacesItOnTheWholeText()
    {
        const string text = "move fifty pounds from my savings to the joint account";

        var prototypes = Read(WithPrototypes, text);
        var probe = Read(WithProbe, text);

        Assert.Equal(JobStateEvent.None, prototypes.JobState);
        Assert.Equal(JobStateEvent.Service, probe.JobState);
        var cue = Assert.Single(probe.Cues, c => c.Label == "meaning:job");
        Assert.Equal((0, text.Length), (cue.Start, cue.End));
    }

    [Fact]
    public void Annotate_ComplaintPutAsQuestion_BlockerOnTheQuestionWords()
    {
        const string text = "why can't i get into my online banking";

        var prototypes = Read(WithPrototypes, text);
        var probe = Read(WithProbe, text);

        Assert.Equal(JobStateEvent.None, prototypes.JobState);
        Assert.Equal(JobStateEvent.Blocker, probe.JobState);
        var cue = Assert.Single(probe.Cues, c => c.Label == "job:blocker");
        Assert.StartsWith("why", text[cue.Start..cue.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_OneCuePhraseAgainstAClearQuestion_ProbeOverrules()
    {
        const string text = "does the salon take bookings on sundays";

        var prototypes = Read(WithPrototypes, text);
        var probe = Read(WithProbe, text);

        Assert.Equal(JobStateEvent.Service, prototypes.JobState);
        Assert.Equal(JobStateEvent.Information, probe.JobState);
        Assert.Contains(probe.Cues, c => c.Label == "meaning:job");
    }

    [Theory]
    [InlineData("the app logs me out and I have to type the code again")]
    [InlineData("lovely evening, the staff made it special")]
    public void Annotate_NarrativeOrPraise_NoJobState(string text)
    {
        var probe = Read(WithProbe, text);

        Assert.Equal(JobStateEvent.None, probe.JobState);
        Assert.DoesNotContain(probe.Cues, c => c.Label == "meaning:job");
    }

    [Fact]
    public void Vote_ZeroOrForeignVector_NoVote()
    {
        var probe = JobProbe.For(FullModelId)!;

        Assert.Null(probe.Vote(new float[384]));
        Assert.Null(probe.Vote([1f, 0f, 0f]));
        Assert.Equal(0, probe.Request(new float[384]));
    }

    [Fact]
    public void Vote_Probabilities_SumToOne()
    {
        var vote = JobProbe.For(FullModelId)!.Vote(Embed(["please cancel my gym membership"])[0]);

        Assert.NotNull(vote);
        Assert.Equal("cancel", vote.Label);
        Assert.Equal(1, vote.Probabilities!.Values.Sum(), 6);
        Assert.Equal(4, vote.Probabilities.Count);
    }

    [Fact]
    public void Parse_RequestModelMissing_SaysWhich()
    {
        const string json = """
            {"encoders":{"m":{"state":{"classes":["a","b"],"weights":[[1],[2]],"bias":[0,0]}}}}
            """;

        var error = Assert.Throws<InvalidDataException>(() =>
            JobProbe.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)))
        );

        Assert.Contains("'m.request'", error.Message, StringComparison.Ordinal);
    }
}
