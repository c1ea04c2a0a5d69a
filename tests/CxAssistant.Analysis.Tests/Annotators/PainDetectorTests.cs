using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class PainDetectorTests
{
    private readonly PainDetector _detector = new();

    [Theory]
    [InlineData("on hold for 2 hours", PainKind.LongWait)]
    [InlineData("nobody told me why it was late", PainKind.NoUpdate)]
    [InlineData("the menus are confusing", PainKind.Confusing)]
    [InlineData("they promised a call back", PainKind.BrokenPromise)]
    [InlineData("the agent was rude", PainKind.RudeStaff)]
    [InlineData("there was a hidden fee at checkout", PainKind.HiddenFee)]
    [InlineData("the screen arrived cracked", PainKind.Defect)]
    [InlineData("no one answers the phone", PainKind.Unreachable)]
    [InlineData("this is the third time I'm calling", PainKind.RepeatContact)]
    [InlineData("way too expensive for what it is", PainKind.Price)]
    [InlineData("the size I wanted was out of stock", PainKind.Availability)]
    public void Detect_PainPhrase_FindsKind(string text, string kind) =>
        Assert.Contains(kind, _detector.Detect(text).PainKinds);

    [Fact]
    public void Detect_Waiting_SetsEffortWithCue()
    {
        var result = _detector.Detect("we waited 40 minutes at the desk");
        Assert.True(result.Effort);
        Assert.Contains(result.Cues, c => c.Label.StartsWith("effort:", StringComparison.Ordinal));
    }

    [Fact]
    public void Detect_NeverArrived_SetsFailure()
    {
        const string text = "my parcel never arrived";
        var result = _detector.Detect(text);
        Assert.True(result.Failure);
        var cue = Assert.Single(result.Cues, c => c.Label == "failure:not-arrived");
        Assert.Equal("never arrived", text[cue.Start..cue.End]);
    }

    [Fact]
    public void Detect_NegatedDelay_IsNoPain() =>
        Assert.Empty(_detector.Detect("no delay at all, smooth trip").PainKinds);

    [Theory]
    [InlineData("Quoted £45, charged £82", "Quoted £45, charged £82")]
    [InlineData("the estimate was 200 but they billed me 350 on collection", "estimate was 200 but they billed me 350")]
    public void Detect_QuotedThenChargedAnotherAmount_IsAWrongCharge(string text, string span)
    {
        var result = _detector.Detect(text);

        Assert.Contains("hidden-fee", result.PainKinds);
        Assert.True(result.Failure);
        var cue = Assert.Single(result.Cues, c => c.Label == "failure:wrong-charge");
        Assert.Equal(span, text[cue.Start..cue.End]);
    }

    [Fact]
    public void Detect_QuoteWithNoChargedAmount_IsNoWrongCharge() =>
        Assert.DoesNotContain("hidden-fee", _detector.Detect("they quoted 45 and were happy to explain it").PainKinds);
}
