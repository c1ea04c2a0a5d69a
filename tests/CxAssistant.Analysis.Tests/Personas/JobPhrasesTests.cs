using CxAssistant.Analysis.Personas;

namespace CxAssistant.Analysis.Tests.Personas;

public sealed class JobPhrasesTests
{
    [Theory]
    [InlineData("I was trying to return the boots for a half size up", "Return the boots for a half size up")]
    [InlineData("Needed the tent for a trip to Zion that weekend", "Get the tent for a trip to Zion that weekend")]
    [InlineData("so I wouldn't have to wait", "Not have to wait")]
    [InlineData("Ordered a birthday cake for my son", "Order a birthday cake for my son")]
    public void ToJob_CustomerClause_LeadRewrittenRestKept(string clause, string expected)
    {
        Assert.Equal(expected, JobPhrases.ToJob(clause));
    }

    [Theory]
    [InlineData("wanted it")]
    [InlineData("I needed for the trip, came last")]
    [InlineData("I needed came last")]
    public void ToJob_NoObject_Null(string clause)
    {
        Assert.Null(JobPhrases.ToJob(clause));
    }

    [Theory]
    [InlineData("I want to complain about the pre-order pickup")]
    [InlineData("I wanted to check the opening hours on Sunday")]
    public void ToJob_TalkAboutTheConversation_IsNoJob(string clause) => Assert.Null(JobPhrases.ToJob(clause));

    [Theory]
    [InlineData("the thing I actually needed) came a week after the others", false)]
    [InlineData("Needed the tent for a trip to Zion.", true)]
    [InlineData("I was trying to return the boots.", true)]
    public void JobCue_GoalPhrases_MatchOnlyAsLeads(string text, bool matches)
    {
        Assert.Equal(matches, PhraseCues.Job.IsMatch(text));
    }

    [Theory]
    [InlineData("Family weekend with our rented tent, kids loved it", false)]
    [InlineData("The program is brilliant, rented a tent for our trip.", true)]
    [InlineData("We rented a tent.", true)]
    public void JobDoneCue_PastPurchase_MatchOnlyAsLeads(string text, bool matches)
    {
        Assert.Equal(matches, PhraseCues.JobDone.IsMatch(text));
    }

    [Fact]
    public void Clause_StopsAtCommaAndConjunction()
    {
        Assert.Equal(
            "pre-ordered on the app for 8:05",
            Sentences.Clause("pre-ordered on the app for 8:05, got there at 8:05", 0)
        );
        Assert.Equal(
            "ordered a cake for Sophie",
            Sentences.Clause("ordered a cake for Sophie and it came squashed.", 0)
        );
    }
}
