using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Jobs;

/// <summary>Goal and struggle language of kinds of review, post and request, and the job phrase made of it.</summary>
public sealed class JobClauseFinderTests
{
    private static List<JobClause> Find(string text) =>
        JobClauseFinder.Find(
            new EvidenceRecord
            {
                Id = "e1",
                RecordId = "1",
                Source = new SourceLocation("reviews.csv", 2),
                Channel = Channel.Review,
                Text = text,
            },
            0,
            JobLanguage.Default
        );

    [Theory]
    [InlineData("We were looking for a quiet room after a long drive.", "goal", "find a quiet room")]
    [InlineData("It was easy to book a table for Friday.", "goal", "book a table")]
    [InlineData("Perfect for exploring the old town.", "goal", "explore the old town")]
    [InlineData("I use it to edit photos at night.", "goal", "edit photos")]
    [InlineData("It took 40 minutes to get our food.", "struggle", "get the food")]
    [InlineData("No idea how to cancel my order.", "goal", "cancel the order")]
    [InlineData("Ideal for a weekend away with the kids.", "goal", "take a weekend away")]
    [InlineData("We stayed here for our anniversary.", "goal", "celebrate the anniversary")]
    [InlineData("Very handy for the station.", "goal", "reach the station")]
    [InlineData("A great base for exploring the harbour.", "goal", "explore the harbour")]
    [InlineData("It is easy to get around by tram.", "goal", "get around the area")]
    [InlineData("Needed an emergency appointment after cracking a molar.", "goal", "get an emergency appointment")]
    [InlineData("@carco need a booster seat for my toddler", "goal", "get a booster seat")]
    [InlineData("We'd like a table by the fire next time.", "goal", "get a table")]
    [InlineData(
        "I'm a nervous flyer and wanted to understand the baggage rules.",
        "goal",
        "understand the baggage rules"
    )]
    [InlineData("Need to add a second driver to the rental", "goal", "add a second driver")]
    // the customer as the subject, or the product blocking the customer's job: still the customer's job
    [InlineData("We couldn't find our booking in the app.", "struggle", "find the booking")]
    [InlineData("Keeps crashing and it can't export my invoices.", "struggle", "export the invoices")]
    [InlineData("It's great for sorting receipts at month end.", "goal", "sort receipts")]
    [InlineData("The room was cold. Trying to get a heater for the night.", "goal", "get a heater")]
    public void Find_GoalOrStruggleLanguage_PhraseInJobGrammar(string text, string kind, string job)
    {
        var clause = Assert.Single(Find(text), c => c.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase));
        var phrase = JobPhraseMaker.Make(clause.Phrase, JobLanguage.Default, out var reason);

        Assert.True(phrase is not null, reason);
        Assert.Equal(job, $"{phrase.Verb} {phrase.Object}", ignoreCase: true);
    }

    [Theory]
    [InlineData("Good to know they open late.")]
    [InlineData("Nice to see a busy room.")]
    [InlineData("Great food, friendly staff, will be back.")]
    [InlineData("Great for the price.")] // no occasion named
    [InlineData("Good location for my needs Breakfast was fine")] // run-on text, the occasion word is another clause
    [InlineData("Perfect for getting to sleep early.")]
    public void Find_PraiseWithoutAJob_NoGoal(string text) =>
        Assert.DoesNotContain(Find(text), c =>
            c.Kind == JobClauseKind.Goal && JobPhraseMaker.Make(c.Phrase, JobLanguage.Default, out _) is not null
        );

    [Theory]
    [InlineData("I need your help with the invoice.")] // addressed to the business
    [InlineData("I wanted to add that the staff were lovely.")] // 'add' said of the conversation
    public void Find_RequestOrRemark_NoJob(string text) =>
        Assert.DoesNotContain(Find(text), c =>
            c.Kind == JobClauseKind.Goal && JobPhraseMaker.Make(c.Phrase, JobLanguage.Default, out _) is not null
        );

    // Someone else to act is what the customer expects of the business (a request), not the customer's own job.
    [Theory]
    [InlineData("We want the manager to call back about the deposit.")]
    [InlineData("I needed the plumber to come back and finish the job.")]
    [InlineData("We'd like our agent to phone us before Friday.")]
    [InlineData("Really need a technician to look at the boiler.")]
    [InlineData("I'd like the shop to hold the coat until Saturday.")]
    [InlineData("We need them to confirm the booking.")]
    public void Find_SomeoneElseToAct_NoJob(string text) =>
        Assert.DoesNotContain(Find(text), c =>
            c.Kind == JobClauseKind.Goal && JobPhraseMaker.Make(c.Phrase, JobLanguage.Default, out _) is not null
        );

    // The business, its staff or people in general as the subject: their doing, not the customer's job.
    [Theory]
    [InlineData("They are trying to charge me twice for one seat.")]
    [InlineData("The staff couldn't find our booking.")]
    [InlineData("They still can't serve hot drinks on this route.")]
    [InlineData("Most people can't pay for the premium plan.")]
    public void Find_SaidOfTheBusinessOrOthers_NoJob(string text) =>
        Assert.DoesNotContain(Find(text), c => c.Kind is JobClauseKind.Goal or JobClauseKind.Struggle);

    // The thing needed, where it takes them or what it is for stays a job: no one else acts.
    [Theory]
    [InlineData("We needed a taxi to the airport at 5am.", "get a taxi")]
    [InlineData("Needed a lift to work after the car broke down.", "get a lift")]
    [InlineData("I need a train to Leeds on Sunday.", "get a train")]
    [InlineData("We needed a place to stay near the venue.", "get a place")]
    [InlineData("Needed a van to move house this weekend.", "get a van")]
    public void Find_ThingNeededToAPlace_StillAJob(string text, string job)
    {
        var clause = Assert.Single(Find(text), c => c.Kind == JobClauseKind.Goal);
        var phrase = JobPhraseMaker.Make(clause.Phrase, JobLanguage.Default, out var reason);

        Assert.True(phrase is not null, reason);
        Assert.Equal(job, $"{phrase.Verb} {phrase.Object}", ignoreCase: true);
    }

    [Fact]
    public void Find_PatternRunsOutOfTime_NothingFoundAndNoFailure()
    {
        var slow = new System.Text.RegularExpressions.Regex(
            @"^(a+)+$",
            System.Text.RegularExpressions.RegexOptions.None,
            TimeSpan.FromMilliseconds(1)
        );
        var language = new JobLanguage
        {
            Patterns = new Dictionary<JobClauseKind, IReadOnlyList<System.Text.RegularExpressions.Regex>>
            {
                [JobClauseKind.Goal] = [slow],
            },
            Verbs = new HashSet<string>(),
            NotJobs = new HashSet<string>(),
            Breaks = new HashSet<string>(),
            Idioms = [],
            VerbMap = new Dictionary<string, string>(),
            Steps = new Dictionary<string, Core.Jobs.JobMapStep>(),
            Outcomes = new Dictionary<string, string>(),
        };
        var record = new EvidenceRecord
        {
            Id = "e1",
            RecordId = "1",
            Source = new SourceLocation("reviews.csv", 2),
            Channel = Channel.Review,
            Text = new string('a', 40) + "!",
        };

        Assert.Empty(JobClauseFinder.Find(record, 0, language));
    }
}
