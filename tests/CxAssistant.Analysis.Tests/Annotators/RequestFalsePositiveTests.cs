using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>
/// Words that looked like requests in stories about a stay or a meal ("so I had to…", "Close to the metro", "we want
/// to come back"), and contact details read as customer service.
/// </summary>
public sealed class RequestFalsePositiveTests
{
    private static readonly OfflineAnnotator Annotator = new(new NoTouchpoints());

    private static Annotation Read(string text, Channel channel) =>
        Annotator.Annotate(
            new EvidenceRecord
            {
                Id = "e1",
                RecordId = "1",
                Source = new SourceLocation("t.csv", 2),
                Channel = channel,
                Text = text,
            }
        );

    [Theory]
    [InlineData("Disliked: the lift was broken so I had to carry our bags up four floors")]
    [InlineData("Liked: Close to the metro and the shops Disliked: the water system was not working properly")]
    [InlineData("Disliked: we were trying to get to sleep but the bar downstairs was loud until two")]
    public void Annotate_ReviewTellingWhatHappened_NotAHelpRequest(string text)
    {
        var review = Read(text, Channel.Review);

        Assert.NotEqual(Intent.HelpRequest, review.Intent);
        Assert.DoesNotContain(review.Cues, c => c.Label == "intent:help-request");
    }

    [Fact]
    public void Annotate_SameProblemInAChat_StillAsksForHelp()
    {
        const string text = "the shower in room 12 is not working, I need to get it fixed today";

        Assert.Equal(Intent.HelpRequest, Read(text, Channel.Chat).Intent);
    }

    [Fact]
    public void Annotate_ReviewWithItsOwnPlea_IsAHelpRequest()
    {
        const string text = "Could someone please help me find the scarf I left in room 12 on Sunday";

        Assert.Equal(Intent.HelpRequest, Read(text, Channel.Review).Intent);
    }

    [Fact]
    public void Annotate_GlowingTextWithAWeakCue_IsPraise()
    {
        const string text = "Charming, welcoming and beautiful. We want to come back next summer!";

        Assert.Equal(Intent.Praise, Read(text, Channel.Survey).Intent);
    }

    [Theory]
    [InlineData("Close to the station, which was handy", false)]
    [InlineData("Check in was slow and nobody explained why", false)]
    [InlineData("check to see if my table for friday is still booked", true)]
    [InlineData("close my account please", true)]
    public void Find_RequestVerbOpening_ImperativeOnlyWhenItCommands(string text, bool imperative)
    {
        var cues = IntentCues.Find(new TextAnalysis(text));

        Assert.Equal(imperative, cues.Imperative is not null);
    }

    [Fact]
    public void Match_ContactDetailsInAComplaint_NotCustomerService()
    {
        var matcher = new TouchpointMatcher(Presets.Get("ecommerce"));
        const string story = "Delivery took two weeks and the box arrived crushed.";

        var plain = matcher.Match(story);
        var withContact = matcher.Match(
            story + " Call me on 07700 900456 or email sam.lee@example.org, I'm home after six."
        );

        Assert.DoesNotContain(withContact, t => t.TouchpointId == "customer-service");
        Assert.Equal(plain.Select(t => t.TouchpointId), withContact.Select(t => t.TouchpointId));
    }
}
