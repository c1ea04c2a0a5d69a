using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Tests.Jobs;

public sealed class OutcomeReaderTests
{
    private static EvidenceRecord Row(int n, params (string Key, string Value)[] metadata) =>
        new()
        {
            Id = "e" + n,
            RecordId = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Text = "ok",
            Source = new SourceLocation("s.csv", n + 1),
            Channel = Channel.Survey,
            Metadata = metadata.ToDictionary(m => m.Key, m => m.Value, StringComparer.OrdinalIgnoreCase),
        };

    [Fact]
    public void DetectPairs_NamingStyles_ArePairedByOutcome()
    {
        var pairs = OutcomeReader.DetectPairs([
            "importance_order_ready",
            "satisfaction_order_ready",
            "imp_fresh_bread",
            "sat_fresh_bread",
            "Delivery speed (importance)",
            "Delivery speed (satisfaction)",
            "importance_orphan",
            "nps",
        ]);
        Assert.Equal(["delivery speed", "fresh bread", "order ready"], pairs.Select(p => p.Name));
        Assert.Contains(pairs, p =>
            p.Importance == "Delivery speed (importance)" && p.Satisfaction == "Delivery speed (satisfaction)"
        );
    }

    [Fact]
    public void Read_TenPointColumns_AreMeansOfTheAnswersGiven()
    {
        // Hand-computed: importance (9 + 7 + 8) / 3 = 8, satisfaction (3 + 5) / 2 = 4 (one blank) → opportunity 12.
        var records = new[]
        {
            Row(1, ("importance_order_ready_on_time", "9"), ("satisfaction_order_ready_on_time", "3")),
            Row(2, ("importance_order_ready_on_time", "7"), ("satisfaction_order_ready_on_time", "")),
            Row(3, ("importance_order_ready_on_time", "8"), ("satisfaction_order_ready_on_time", "5")),
        };
        var outcome = Assert.Single(OutcomeReader.Read(records, new JobsOptions()));
        Assert.Equal((8.0, 4.0, 2), (outcome.Importance, outcome.Satisfaction, outcome.Responses));
        Assert.Equal("Minimize the likelihood that the order is not ready on time", outcome.Statement);
        Assert.Equal(12, OpportunityScore.Compute(outcome.Importance, outcome.Satisfaction));
    }

    [Fact]
    public void Read_FivePointColumns_AreRescaledToTen()
    {
        // 1–5 answers 5 and 3 → 10 and 5.5, mean 7.75; answers 1 and 1 → 1.
        var records = new[]
        {
            Row(1, ("imp_fresh_pastries", "5"), ("sat_fresh_pastries", "1")),
            Row(2, ("imp_fresh_pastries", "3"), ("sat_fresh_pastries", "1")),
        };
        var outcome = Assert.Single(OutcomeReader.Read(records, new JobsOptions()));
        Assert.Equal(7.75, outcome.Importance, 2);
        Assert.Equal(1, outcome.Satisfaction, 2);
        Assert.Contains("1–5 rescaled", outcome.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExplicitColumns_PairByPosition()
    {
        var records = new[]
        {
            Row(
                1,
                ("how_important_pickup", "8"),
                ("how_happy_pickup", "6"),
                ("importance_other", "9"),
                ("satisfaction_other", "9")
            ),
        };
        var outcome = Assert.Single(
            OutcomeReader.Read(
                records,
                new JobsOptions
                {
                    ImportanceColumns = ["how_important_pickup"],
                    SatisfactionColumns = ["how_happy_pickup"],
                }
            )
        );
        Assert.Equal((8.0, 6.0), (outcome.Importance, outcome.Satisfaction));
        Assert.Throws<ArgumentException>(() =>
            OutcomeReader.Read(records, new JobsOptions { ImportanceColumns = ["a", "b"], SatisfactionColumns = ["c"] })
        );
    }

    [Fact]
    public void Draft_CsvFixture_MeasuredOutcomeFromTheFile()
    {
        var dir = Directory.CreateTempSubdirectory("cx-jobs-");
        try
        {
            File.WriteAllText(
                Path.Combine(dir.FullName, "survey.csv"),
                "id,customer_id,nps,comment,importance_order_ready_on_time,satisfaction_order_ready_on_time\n"
                    + "1,C1,3,I just wanted to grab a coffee before my shift and the order was not ready.,10,2\n"
                    + "2,C2,9,I needed to grab a coffee before my shift. It was ready.,8,6\n"
                    + "3,C3,5,Was trying to grab a coffee before my shift and had to queue.,9,4\n"
            );
            var analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [dir.FullName] });
            var jobs = JobsDrafter.Draft(analysis);
            // (10 + 8 + 9) / 3 = 9, (2 + 6 + 4) / 3 = 4 → 9 + 5 = 14, high.
            var measured = Assert.Single(jobs.Outcomes, o => o.Source == OutcomeSource.Measured);
            Assert.Equal((9.0, 4.0, 14.0), (measured.Importance, measured.Satisfaction, measured.Opportunity));
            var main = Assert.Single(jobs.Tree.At(JobAltitude.Main));
            Assert.Equal(main.Id, measured.JobId);
            Assert.Equal(3, main.Customers);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("order ready on time", "Minimize the likelihood that the order is not ready on time")]
    [InlineData("fresh pastries", "Increase the likelihood that the pastries are fresh")]
    [InlineData("easy online ordering", "Minimize the effort it takes to place an order")]
    [InlineData("easy booking", "Minimize the effort it takes to book")]
    public void FromName_ColumnName_IsOdiStatement(string name, string statement) =>
        Assert.Equal(statement, OutcomeStatements.FromName(name));
}
