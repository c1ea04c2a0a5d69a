using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Tests.Annotators;

public sealed class JobStateClassifierTests
{
    private readonly JobStateClassifier _classifier = new();

    [Theory]
    [InlineData("I want to cancel my order", JobStateEvent.Cancel)]
    [InlineData("how can I track my refund", JobStateEvent.Information)]
    [InlineData("I can't remember my password", JobStateEvent.Blocker)]
    [InlineData("problem with payment", JobStateEvent.Blocker)]
    [InlineData("help me change my shipping address", JobStateEvent.Service)]
    [InlineData("I need an invoice for order 123", JobStateEvent.Service)]
    [InlineData("what payment methods do you accept", JobStateEvent.Information)]
    [InlineData("I want to speak to a real person", JobStateEvent.Service)]
    [InlineData("I'd like to delete my account", JobStateEvent.Cancel)]
    [InlineData("where can I check the delivery options", JobStateEvent.Information)]
    [InlineData("how do I cancel my subscription?", JobStateEvent.Cancel)]
    [InlineData("how long does an international transfer take", JobStateEvent.Information)]
    [InlineData("is there a fee if I cancel my order?", JobStateEvent.Information)]
    public void Classify_SupportRequest_MapsToJobState(string text, JobStateEvent expected) =>
        Assert.Equal(expected, _classifier.Classify(text).State);

    [Theory]
    [InlineData("flight cancelled, now I have to buy a hotel room myself", JobStateEvent.Spawn)]
    [InlineData("had to rebook myself on another airline", JobStateEvent.Spawn)]
    [InlineData("arrived today, all good", JobStateEvent.Done)]
    [InlineData("thanks, that worked", JobStateEvent.Done)]
    [InlineData("cancelling my service today, switching to fiber", JobStateEvent.Cancel)]
    [InlineData("the app crashes every time I open it", JobStateEvent.Blocker)]
    [InlineData("locked out of my account", JobStateEvent.Blocker)]
    public void Classify_JobLoopEvents_AreRecognised(string text, JobStateEvent expected) =>
        Assert.Equal(expected, _classifier.Classify(text).State);

    [Fact]
    public void Classify_NegatedCancel_DoesNotCancel() =>
        Assert.NotEqual(
            JobStateEvent.Cancel,
            _classifier.Classify("I don't want to cancel, just change the date").State
        );

    [Fact]
    public void Classify_NoCue_IsNoneWithEmptySpan()
    {
        var result = _classifier.Classify("The weather was nice");
        Assert.Equal(JobStateEvent.None, result.State);
        Assert.Equal(0, result.End);
    }

    [Fact]
    public void Classify_Cue_SpansTheCuePhrase()
    {
        const string text = "Please delete my account today";
        var result = _classifier.Classify(text);
        Assert.Equal("delete my account", text[result.Start..result.End]);
    }

    [Theory]
    [InlineData("refund for order 123", JobStateEvent.Service)]
    [InlineData("payment methods", JobStateEvent.Information)]
    public void Classify_ShortKeywordQuery_ReadsAsRequest(string text, JobStateEvent expected) =>
        Assert.Equal(expected, _classifier.Classify(text).State);

    [Fact]
    public void Classify_ReviewNarrative_IgnoresWeakServiceWords() =>
        Assert.Equal(
            JobStateEvent.None,
            _classifier
                .Classify(
                    "The room was noisy so we asked to change rooms at the desk, and the "
                        + "manager offered a later checkout and free breakfast the next morning."
                )
                .State
        );

    [Fact]
    public void Classify_NoiseCancellingHeadphones_IsNoneWithValidConfidence()
    {
        var result = _classifier.Classify("noise cancelling headphones");
        Assert.Equal(JobStateEvent.None, result.State);
        Assert.InRange(result.Confidence, 0, 1);
    }

    [Theory]
    [InlineData("Won't be coming back, going to the garage down the road")]
    [InlineData("we will not be returning, found another dentist")]
    public void Classify_SaysTheyWillNotReturn_IsCancel(string text) =>
        Assert.Equal(JobStateEvent.Cancel, _classifier.Classify(text).State);
}
