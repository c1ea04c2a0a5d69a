using CxAssistant.Engine.Personas;

namespace CxAssistant.Engine.Tests.Personas;

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

    [Fact]
    public void ToJob_TooShort_Null()
    {
        Assert.Null(JobPhrases.ToJob("wanted it"));
    }

    [Fact]
    public void Clause_StopsAtCommaAndConjunction()
    {
        Assert.Equal("pre-ordered on the app for 8:05", Sentences.Clause("pre-ordered on the app for 8:05, got there at 8:05", 0));
        Assert.Equal("ordered a cake for Sophie", Sentences.Clause("ordered a cake for Sophie and it came squashed.", 0));
    }
}
