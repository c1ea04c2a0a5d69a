using CxAssistant.Analysis.Jobs.Mining;

namespace CxAssistant.Analysis.Tests.Jobs;

public sealed class JobPhraseMakerTests
{
    [Theory]
    [InlineData("hear someone two people away")]
    [InlineData("get a 3 day pass for the festival")]
    public void Make_CountInsideTheObject_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Theory]
    [InlineData("afford the premium plan")] // a means the customer lacks: a price barrier, not progress
    [InlineData("buy the $20 version")] // an amount inside the object
    [InlineData("pay £200 a month")]
    public void Make_MeansOrAmountInsideTheObject_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Theory]
    [InlineData("send $50 to my son", "Send money")]
    [InlineData("get my $19 back", "Get money back")]
    public void Make_AmountAlone_IsMoney(string phrase, string expected)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(expected, $"{job.Verb} {job.Object}");
    }

    [Theory]
    [InlineData("have access to it", "")] // the thing was named before: the clarifier says nothing
    [InlineData("get feedback on my drawings", "on drawings")] // never "a" before a plural
    [InlineData("get feedback on my drawing", "on a drawing")]
    public void Make_Clarifier_ReadsAsEnglish(string phrase, string clarifier)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(clarifier, job.Clarifier);
    }

    [Fact]
    public void Parts_VerbsJoinedByAnd_EachIsAJob()
    {
        var parts = JobPhraseMaker.Parts("relax by the pool and meet other guests", JobLanguage.Default);

        Assert.Contains("meet other guests", parts);
        Assert.Single(JobPhraseMaker.Parts("get fish and chips with a friend", JobLanguage.Default));
    }

    [Fact]
    public void Make_MotionToAPlace_IsAJourney()
    {
        var job = JobPhraseMaker.Make("get to the ferry terminal", JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal("Get to the ferry terminal", $"{job.Verb} {job.Object}");
        Assert.Null(JobPhraseMaker.Make("get to know the staff", JobLanguage.Default, out _));
    }

    [Theory]
    [InlineData("see the sights of")] // the place was cut off
    [InlineData("go back to the car park")] // a particle, no thing
    public void Make_ObjectCutOff_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Fact]
    public void Make_RedactedNameInTheClarifier_ClarifierDropped()
    {
        var job = JobPhraseMaker.Make("have supper at name-12 with the team", JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.DoesNotContain("name", job.Clarifier, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("get your bread delivered on a lazy Saturday", "on a lazy Saturday")]
    [InlineData("book a table for Christmas", "for Christmas")]
    [InlineData("renew the policy before march", "before March")]
    [InlineData("find a plumber open on Sundays", "on Sundays")]
    public void Make_DayOrMonthInTheClarifier_KeptAsATime(string phrase, string clarifier)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(clarifier, job.Clarifier);
    }

    [Fact]
    public void Make_YouAfterTheClauseEnds_NotARequest()
    {
        var job = JobPhraseMaker.Make(
            "book a quiet cabin Lovely hosts you will enjoy it",
            JobLanguage.Default,
            out var r
        );

        Assert.True(job is not null, r);
        Assert.Null(JobPhraseMaker.Make("book you a table", JobLanguage.Default, out _));
    }

    [Theory]
    [InlineData("the meeting", "for a meeting", true)]
    [InlineData("the meeting", "after work", false)]
    public void Repeats_ClarifierNamingTheObject_Detected(string obj, string clarifier, bool expected) =>
        Assert.Equal(expected, MinedJobBuilder.Repeats(obj, clarifier));

    [Fact]
    public void Make_CountInFrontOfTheObject_DroppedAndTheJobKept()
    {
        var job = JobPhraseMaker.Make("book two tables for a birthday dinner", JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.DoesNotContain("two", job.Object, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("table", job.Object, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("take our order")] // the staff's task, said by a customer who waited for it
    [InlineData("get us to order more drinks")] // someone else's push
    [InlineData("get it earlier")] // a pronoun leaves the thing unnamed
    [InlineData("create your own")] // an adjective with no thing
    [InlineData("find a decent")]
    [InlineData("help you with that please")] // addressed to the business
    public void Make_NotTheCustomersJob_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Fact]
    public void Make_RunOnAfterAContraction_CutBeforeIt()
    {
        var job = JobPhraseMaker.Make(
            "find a good meal with solid service you'll find it here",
            JobLanguage.Default,
            out var reason
        );

        Assert.True(job is not null, reason);
        Assert.DoesNotContain("you", job.Clarifier, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("get a Sunday appointment is impossible", "Get a Sunday appointment")]
    [InlineData("book an evening slot for a scale and polish is near impossible", "Book an evening slot")]
    [InlineData("get a late checkout took ages", "Get a late checkout")]
    public void Make_VerdictAfterTheJob_JobBeforeItKept(string phrase, string expected)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(expected, $"{job.Verb} {job.Object}");
    }

    [Fact]
    public void Make_NameClosingAPrepositionalPhrase_ClarifierBeforeItKept()
    {
        var job = JobPhraseMaker.Make(
            "get a rain jacket before my trip to Norway",
            JobLanguage.Default,
            out var reason
        );

        Assert.True(job is not null, reason);
        Assert.Equal("before a trip", job.Clarifier);
    }

    [Theory]
    [InlineData("get my deposit back after returning the van with a full tank of diesel", "after returning the van")]
    [InlineData("order a cake for a surprise retirement party the next day", "")]
    public void Make_LongClarifier_CutAtAPrepositionOrLeftToTheCaller(string phrase, string clarifier)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(clarifier, job.Clarifier);
    }

    [Theory]
    [InlineData("pick up the van late at night", "Collect the van")]
    [InlineData("find a plumber open on Sundays", "Find a plumber")]
    [InlineData("find out the price of a filling before booking", "Find the price of a filling")]
    public void Make_HowOrWhenAfterTheObject_ObjectIsTheThing(string phrase, string expected)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(expected, $"{job.Verb} {job.Object}");
    }

    [Theory]
    [InlineData("get seen urgently for a cracked tooth")]
    [InlineData("get notified")]
    [InlineData("hear my friend during the meal")]
    public void Make_PassiveOrPerception_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Fact]
    public void Make_GetHomeForAnOccasion_HomeIsWhereTheJourneyEnds()
    {
        var job = JobPhraseMaker.Make("get home for Christmas", JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal("Get home for Christmas", $"{job.Verb} {job.Object} {job.Clarifier}");
        Assert.Null(JobPhraseMaker.Make("go home", JobLanguage.Default, out _));
    }

    [Fact]
    public void ClarifierOf_WhoCameAlong_NoClarifier()
    {
        Assert.Equal("", JobPhraseMaker.ClarifierOf("with my daughter", JobLanguage.Default));
        Assert.Equal("for a family wedding", JobPhraseMaker.ClarifierOf("for our family wedding", JobLanguage.Default));
    }

    [Theory]
    [InlineData("have offered a drink before dinner")]
    [InlineData("have used the app for a year")]
    public void Make_HaveAsATense_NoJob(string phrase) =>
        Assert.Null(JobPhraseMaker.Make(phrase, JobLanguage.Default, out _));

    [Theory]
    [InlineData("find space for large and heavy bags", "")]
    [InlineData("get a table for dinner and a show", "for dinner")]
    [InlineData("book a room for work and play", "for work")]
    [InlineData("get a seat for the kids and then board", "for the kids")]
    public void Make_CutAtTheAndOfASharedNoun_NoClarifier(string phrase, string clarifier)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(clarifier, job.Clarifier);
    }

    [Theory]
    [InlineData("pay the final payment on the evening of 16 February", "")]
    [InlineData("get a taxi on Saturday 19 February", "")]
    [InlineData("book a table for 4 on Saturday", "on Saturday")]
    public void Make_DateWithoutItsDay_NoClarifier(string phrase, string clarifier)
    {
        var job = JobPhraseMaker.Make(phrase, JobLanguage.Default, out var reason);

        Assert.True(job is not null, reason);
        Assert.Equal(clarifier, job.Clarifier);
    }

    [Fact]
    public void ClarifierOf_DateWithoutItsDay_NoClarifier() =>
        Assert.Equal("", JobPhraseMaker.ClarifierOf("on the evening of 16 February", JobLanguage.Default));

    [Theory]
    [InlineData("before the flight", true)]
    [InlineData("on Saturdays", true)]
    [InlineData("in the evening", true)]
    [InlineData("for a wedding", true)]
    [InlineData("on a business trip", true)]
    [InlineData("in the south lounge", false)]
    [InlineData("for a worn out badly designed seat", false)]
    public void IsOccasion_TimeOrOccasion_NotAPlaceOrComplement(string clarifier, bool expected) =>
        Assert.Equal(expected, JobPhraseMaker.IsOccasion(clarifier, JobLanguage.Default));
}
