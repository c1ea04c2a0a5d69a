using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.Validation;

namespace CxAssistant.Analysis.Tests.Jobs;

/// <summary>Jobs mined from a business unlike the samples (a bike-repair shop), with the real local encoder.</summary>
public sealed class JobMinerTests
{
    private static readonly string[] BikeShop =
    [
        "I needed to get my bike fixed before my commute on Monday and they did it same day.",
        "Wanted to get the bike repaired before the weekend ride, they quoted two weeks.",
        "I was trying to get my bike fixed before work and nobody answered the phone.",
        "We needed to get both bikes serviced before our holiday and they were brilliant.",
        "I wanted to book a service online but the form kept failing.",
        "Tried to book a service slot for Saturday, had to call three times.",
        "I was hoping to book a service for my e-bike and the calendar was empty for weeks.",
        "Needed to find a replacement chain for an old road bike, they had it in stock.",
        "I wanted to find a replacement wheel for my kid's bike and they ordered one in.",
        "Trying to find a replacement saddle that fits, the staff measured me properly.",
        "Quoted £45, charged £82. Nobody explained the difference.",
        "Friendly staff, fair prices, will come back.",
    ];

    private static JobsAnalysis Mine(string[] lines, out Core.Analysis.AnalysisResult analysis)
    {
        var dir = Directory.CreateTempSubdirectory("cx-mine-");
        try
        {
            File.WriteAllLines(
                Path.Combine(dir.FullName, "reviews.csv"),
                ["id,customer_id,text", .. lines.Select((l, i) => $"{i + 1},C{i + 1},\"{l}\"")]
            );
            analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [dir.FullName] });
            return JobsDrafter.Draft(analysis);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Draft_BikeShopGoals_ThreeMainJobsInCustomersWords()
    {
        var jobs = Mine(BikeShop, out var analysis);

        var mains = jobs.Tree.At(JobAltitude.Main);
        Assert.True(mains.Count() >= 3, string.Join("; ", mains.Select(m => m.Text)));
        Assert.Contains(mains, m => m.Verb == "Get" && m.Object.Contains("bike", StringComparison.Ordinal));
        Assert.Contains(mains, m => m.Verb == "Find" && m.Object.Contains("replacement", StringComparison.Ordinal));
        Assert.All(jobs.Statements, s => Assert.Empty(JobStatementLinter.Check(s)));
        Assert.Empty(
            GroundingCheck.Check(
                [.. jobs.Statements.SelectMany(s => s.AllQuotes)],
                GroundingCheck.Index(analysis.Records)
            )
        );
        Assert.All(mains, m => Assert.True(m.Evidence.Count >= 2, m.Text));
    }

    [Fact]
    public void Draft_NoGoalLanguage_NoJobsAndSaysSo()
    {
        var jobs = Mine(
            [
                "Great shop, friendly staff.",
                "Too expensive for what it is.",
                "Quick service, nice people.",
                "Rude on the phone.",
                "Clean workshop and fair prices.",
            ],
            out _
        );

        Assert.Empty(jobs.Statements);
        Assert.Contains(jobs.Notes, n => n.Contains("Too little goal language", StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_OneGoalInThreeWordings_OneMainJobWithEveryCustomersQuote()
    {
        var jobs = Mine(
            [
                "We were looking for a quiet room after a long drive, the night porter found one.",
                "I wanted to get a quiet room for an early start and the desk was helpful.",
                "Trying to find a quiet room for a work trip, they moved us upstairs.",
                "How do I cancel my booking?",
                "Lovely breakfast, friendly staff.",
            ],
            out _
        );

        var main = Assert.Single(jobs.Tree.At(JobAltitude.Main));
        Assert.Contains("quiet room", main.Object, StringComparison.Ordinal);
        Assert.Equal(3, main.Customers);
        Assert.Contains(main.Evidence, q => q.Text.Contains("looking for a quiet room", StringComparison.Ordinal));
        Assert.All(jobs.Statements, s => Assert.DoesNotContain("?", s.Text, StringComparison.Ordinal));
        Assert.All(jobs.Statements, s => Assert.NotEqual("How", s.Verb));
    }

    [Fact]
    public void Draft_OneCustomerStatesAGoal_NoJobAndSaysTooLittleGoalLanguage()
    {
        var jobs = Mine(
            ["I wanted to book a table for a birthday dinner.", "Great food.", "Slow service.", "Nice staff."],
            out _
        );

        Assert.Empty(jobs.Tree.At(JobAltitude.Main));
        Assert.Contains(jobs.Notes, n =>
            n.Contains("Too little goal language", StringComparison.Ordinal)
            && n.Contains("1 of 4 customers", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Draft_GoalsStatedAsTheThingNeeded_AMainJobEachWithQuotes()
    {
        var jobs = Mine(
            [
                "Needed an emergency appointment after cracking a molar and they saw me at 8.",
                "I needed an urgent appointment for an abscess, seen within hours.",
                "We needed an emergency appointment for my son's broken tooth on a Sunday.",
                "Getting a payment plan is impossible, nobody calls back.",
                "Trying to get a payment plan for my braces is always hard.",
                "I wanted a written quote before any treatment and got one by post.",
                "Needed a written quote for my implant before committing.",
                "Lovely hygienist, very gentle.",
                "Parking is a nightmare.",
            ],
            out var analysis
        );

        var mains = jobs.Tree.At(JobAltitude.Main).ToList();
        var said = string.Join("; ", mains.Select(m => m.Text));
        Assert.True(mains.Count >= 3, said);
        Assert.Contains(mains, m => m.Object.Contains("emergency appointment", StringComparison.Ordinal));
        Assert.Contains(mains, m => m.Object.Contains("payment plan", StringComparison.Ordinal));
        Assert.Contains(mains, m => m.Object.Contains("written quote", StringComparison.Ordinal));
        Assert.All(mains, m => Assert.Empty(JobStatementLinter.Check(m)));
        Assert.All(mains, m => Assert.True(m.Evidence.Count >= 2, m.Text));
        Assert.Empty(
            GroundingCheck.Check(
                [.. jobs.Statements.SelectMany(s => s.AllQuotes)],
                GroundingCheck.Index(analysis.Records)
            )
        );
    }

    [Fact]
    public void Draft_CircumstanceSharedByTheGroup_IsTheClarifier()
    {
        var jobs = Mine(
            [
                "I was trying to get a suit for a job interview and the sizes were off.",
                "Wanted to get a suit for my sister's wedding, the fitting was quick.",
                "Needed to get a suit for a wedding and they had my size.",
                "Trying to get a suit for the wedding of a friend, all sold out.",
                "Great shop, friendly staff.",
            ],
            out _
        );

        var main = Assert.Single(jobs.Tree.At(JobAltitude.Main));
        Assert.Contains("suit", main.Object, StringComparison.Ordinal);
        Assert.Contains("wedding", main.Clarifier, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_WordingWithoutClarifier_TakesACustomersCircumstanceNotTheKindsDefault()
    {
        var jobs = Mine(
            [
                "Tried to book a hygiene visit and gave up.",
                "We wanted to book a hygiene visit, the phone rang out.",
                "I needed to book a hygiene appointment in the evening.",
                "Friendly dentist, clean surgery.",
            ],
            out var analysis
        );

        var main = Assert.Single(jobs.Tree.At(JobAltitude.Main));
        Assert.Equal("in the evening", main.Clarifier);
        Assert.NotEqual(Analysis.Touchpoints.BusinessKinds.ForCatalog(analysis.Catalog.Name).Context, main.Clarifier);
    }

    [Fact]
    public void Draft_OtherWordingsClarifierIsAComplementOfItsVerb_NotBorrowed()
    {
        var jobs = Mine(
            [
                "Tried to redeem my points and gave up.",
                "We wanted to redeem the points, nothing worked.",
                "I needed to redeem my reward points to pay for a hotel room.",
                "Friendly staff on the phone.",
            ],
            out _
        );

        var main = Assert.Single(jobs.Tree.At(JobAltitude.Main));
        Assert.Contains("points", main.Object, StringComparison.Ordinal);
        Assert.DoesNotContain("hotel room", main.Clarifier, StringComparison.Ordinal);
    }

    // The business's own name in capitals ("BA") is in most of its reviews: a solution, never a job's object.
    [Fact]
    public void Draft_BusinessNameAsAnAcronym_NotAJob()
    {
        var jobs = Mine(
            [
                "I tried to contact BA for two days about my bag.",
                "Tried to contact BA, nobody answered.",
                "We wanted to contact BA before the flight, the line was closed.",
                "BA lost my case and never called back.",
                "Flew BA to Rome, the crew were lovely.",
            ],
            out _
        );

        Assert.DoesNotContain(jobs.Tree.At(JobAltitude.Main), m =>
            m.Text.Contains(" ba", StringComparison.OrdinalIgnoreCase)
        );
    }
}
