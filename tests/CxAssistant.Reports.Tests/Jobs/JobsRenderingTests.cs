using System.Text;
using System.Xml.Linq;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Reports.Tests.Jobs;

public sealed class JobsRenderingTests(JobsSamples samples) : IClassFixture<JobsSamples>
{
    private const string Evil = "<script>alert('x')</script> [click](http://evil.example) *boom*";

    // A hand-made jobs analysis whose customer-derived text is hostile, over the report fixture's records.
    private static (JobsAnalysis, Core.Analysis.AnalysisResult) Hostile()
    {
        var analysis = AnalysisFixture.Build();
        var record = analysis.Records[0];
        var quote = EvidenceQuote.Of(record, 0, record.Text.Length);
        var main = new JobStatement
        {
            Id = "m",
            Verb = "Get",
            Object = "parcels " + Evil,
            Clarifier = "before the weekend",
            Altitude = JobAltitude.Main,
            Performer = "Shopper " + Evil,
            Circumstances = [Evil],
            Evidence = [quote],
            Customers = 1,
            Forces = new JobForces([quote], [], [], []),
            CompensatingBehaviours = [new JobObservation("Calls " + Evil, 1, [quote])],
        };
        var functional = new JobStatement
        {
            Id = "f",
            Verb = "Track",
            Object = "the parcel",
            Clarifier = "until it arrives",
            Altitude = JobAltitude.Functional,
            ParentId = "m",
            Step = JobMapStep.Monitor,
            Evidence = [quote],
            Customers = 1,
        };
        var outcomes = new[]
        {
            new DesiredOutcome
            {
                Id = "o1",
                JobId = "m",
                Statement = "Minimize the time " + Evil,
                Importance = 6,
                Satisfaction = 7,
                Source = OutcomeSource.Estimated,
                Responses = 3,
                Method = "estimated " + Evil,
            },
            new DesiredOutcome
            {
                Id = "o2",
                JobId = "m",
                Statement = "Minimize the likelihood of a late parcel",
                Importance = 9,
                Satisfaction = 2,
                Source = OutcomeSource.Measured,
                Responses = 40,
            },
        };
        return (
            new JobsAnalysis
            {
                Tree = new JobTree([main, functional]),
                Outcomes = outcomes,
                CandidatesFound = 2,
                RejectedCandidates = 1,
                RejectedExamples = ["'Use the app " + Evil + "' is not solution-agnostic"],
            },
            analysis
        );
    }

    [Fact]
    public void Write_HostileText_IsEscapedEverywhere()
    {
        var (jobs, analysis) = Hostile();
        var sb = new StringBuilder();
        JobsSection.Write(sb, jobs, analysis);
        var md = sb.ToString();
        Assert.StartsWith("## Jobs to be done", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
        Assert.Contains("\\*boom\\*", md, StringComparison.Ordinal);
        Assert.Contains("Why 1 candidate statements were rejected", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RejectedCandidates_ShowsCountAndReasonsNotFragments()
    {
        var (jobs, analysis) = Hostile();
        jobs = jobs with
        {
            RejectedCandidates = 103,
            RejectedExamples =
            [
                "'peaceful internal garden view big window We were tired': 'peaceful' is not a verb",
                "'fall asleep for me and my wife I have an audio recording': 'fall' is not a verb",
                "'receive a bottle of water every day not just the first day': no clear object",
            ],
        };
        var sb = new StringBuilder();
        JobsSection.Write(sb, jobs, analysis);
        var md = sb.ToString();
        Assert.Contains(
            "Why 103 candidate statements were rejected (the 3 kept in analysis.json",
            md,
            StringComparison.Ordinal
        );
        Assert.Contains("not a verb (2); no clear object (1).", md, StringComparison.Ordinal);
        Assert.DoesNotContain("peaceful", md, StringComparison.Ordinal);
        Assert.DoesNotContain("audio recording", md, StringComparison.Ordinal);
        Assert.DoesNotContain("bottle of water", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'peaceful internal garden': 'peaceful' is not a verb", "not a verb")]
    [InlineData(
        "'have a big window': addressed to the business (a request, not a job)",
        "addressed to the business (a request, not a job)"
    )]
    [InlineData("'Use the app now' is not solution-agnostic", "not solution-agnostic")]
    [InlineData("'get to sleep': 'get to' is not a job", "not a job")]
    public void Reason_LinterFinding_DropsTheCandidateWords(string example, string expected)
    {
        Assert.Equal(expected, RejectionReasons.Reason(example));
    }

    [Fact]
    public void Write_Outcomes_SortedByOpportunityWithSourceAndBand()
    {
        var (jobs, analysis) = Hostile();
        var sb = new StringBuilder();
        JobsSection.Write(sb, jobs, analysis);
        var md = sb.ToString();
        var late = md.IndexOf("Minimize the likelihood of a late parcel |", StringComparison.Ordinal);
        var time = md.IndexOf("Minimize the time", StringComparison.Ordinal);
        Assert.True(late > 0 && late < time, "the 16.0 outcome should come before the 6.0 one");
        Assert.Contains("| 9.0 | 2.0 | measured (n=40) | 16.0 | extreme opportunity |", md, StringComparison.Ordinal);
        Assert.Contains("estimated (3 records) | 6.0 | over-served |", md, StringComparison.Ordinal);
        Assert.Contains("| monitor | Track the parcel until it arrives | 1 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Svg_IsWellFormedWithoutScriptsAndEncodesLabels()
    {
        var (jobs, _) = Hostile();
        var svg = OpportunityLandscapeSvg.Render(jobs);
        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Empty(doc.Descendants(ns + "script"));
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, doc.Descendants(ns + "circle").Count(c => (string?)c.Attribute("r") == "7"));
        Assert.Equal(5, doc.Descendants(ns + "polygon").Count());
        // encoded in the file, text once parsed
        Assert.Contains(doc.Descendants(ns + "title"), t => t.Value.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_BloomSample_ShowsTreeJobMapAndMeasuredOutcomes()
    {
        var sb = new StringBuilder();
        JobsSection.Write(sb, samples.Bloom.Jobs, samples.Bloom.Analysis);
        var md = sb.ToString();
        var tree = samples.Bloom.Jobs.Tree;
        var aspiration = tree.At(JobAltitude.Aspirational).First();
        Assert.Contains($"- **{aspiration.Text}** — aspirational", md, StringComparison.Ordinal);
        Assert.Contains($"  - **{tree.Children(aspiration.Id).First().Text}** — main", md, StringComparison.Ordinal);
        Assert.Contains("measured (n=133) | 13.5 | high opportunity |", md, StringComparison.Ordinal);
        Assert.NotNull(XDocument.Parse(OpportunityLandscapeSvg.Render(samples.Bloom.Jobs)).Root);
    }
}
