using System.Text.RegularExpressions;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Jobs;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Validation;

namespace CxAssistant.Reports.Tests.Pipeline;

/// <summary>
/// The whole offline analysis of each shipped sample, read the way a CX lead reads it: every method is there,
/// every check passes and every quote anywhere in the output is the customer's own words.
/// </summary>
public sealed partial class SampleAnalysisTests
{
    public static TheoryData<string> Samples => new() { "bloom-and-crumb", "trailhead-outfitters" };

    private static AnalysisResult Analyse(string sample) => SampleRuns.Analysis(sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Analyse_Sample_HasEveryCxMethod(string sample)
    {
        var a = Analyse(sample);

        Assert.True(a.Personas.Count >= 2);
        Assert.Equal(a.Personas.Count, a.Personas.Select(p => p.Name).Distinct().Count());
        Assert.NotNull(a.Jobs);
        var main = a.Jobs.Tree.Statements.Where(s => s.Altitude == JobAltitude.Main).ToList();
        Assert.NotEmpty(main);
        Assert.All(main, m => Assert.NotEmpty(m.Evidence));
        Assert.NotEmpty(a.Jobs.Outcomes);
        Assert.All(a.Jobs.Outcomes, o =>
            Assert.Equal(OpportunityScore.Compute(o.Importance, o.Satisfaction), o.Opportunity, 6)
        );
        Assert.Contains(a.JobStates, m => m.States.Count >= 3 && m.Transitions.Count > 0);
        var fixFirst = a.FixFirst(3);
        Assert.Equal(3, fixFirst.Count);
        Assert.NotNull(a.Hypotheses);
        Assert.Equal(fixFirst.Select(t => t.TouchpointId), a.Hypotheses.Touchpoints.Select(t => t.TouchpointId));
        Assert.All(a.Hypotheses.Touchpoints, t => Assert.Equal(5, t.Hypotheses.Count));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Analyse_Sample_EveryArtifactPassesItsChecks(string sample)
    {
        var a = Analyse(sample);
        var evidence = GroundingCheck.Index(a.Records);

        Assert.Empty(PersonaCheck.CheckAll(a.Personas, evidence));
        Assert.All(a.Jobs!.Statements, s => Assert.Empty(JobStatementLinter.Check(s)));
        Assert.Empty(JobTreeCheck.Check(a.Jobs.Statements));
        Assert.Empty(OpportunityCheck.Check(a.Jobs.Outcomes));
        Assert.Empty(HypothesisCheck.Check(a.Hypotheses!, a, a.Hypotheses!.Touchpoints.Select(t => t.TouchpointId)));
        Assert.Empty(GroundingCheck.Check(AllQuotes(a), evidence));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Report_Sample_EveryQuotedSentenceIsVerbatimFromTheData(string sample)
    {
        var a = Analyse(sample);
        var markdown = MarkdownReport.Render(a, new ReportOptions { Title = sample });
        var texts = a.Records.Select(r => r.Text).ToList();

        var quotes = QuotePattern().Matches(markdown).Select(m => Unescape(m.Groups[1].Value)).ToList();

        Assert.True(quotes.Count >= 30, $"only {quotes.Count} quotes in the report");
        var invented = quotes.Where(q => !texts.Any(t => t.Contains(q, StringComparison.Ordinal))).ToList();
        Assert.True(invented.Count == 0, "not found verbatim in the data: " + string.Join(" | ", invented.Take(5)));
    }

    private static IEnumerable<EvidenceQuote> AllQuotes(AnalysisResult a) =>
        a
            .Personas.SelectMany(p => p.AllQuotes())
            .Concat(a.Jobs!.Statements.SelectMany(s => s.AllQuotes))
            .Concat(a.Jobs.Outcomes.SelectMany(o => o.Evidence))
            .Concat(a.JobStates.SelectMany(m => m.Needs.SelectMany(n => n.Quotes)))
            .Concat(a.Hypotheses!.All.SelectMany(h => h.Evidence.Concat(h.Specifics)));

    // Reports put every customer quote in curly quotes followed by " — " and its citation.
    [GeneratedRegex("“(.+?)” — _")]
    private static partial Regex QuotePattern();

    // MarkdownText.Escape backslash-escapes Markdown characters; the data has them plain.
    private static string Unescape(string text) => Regex.Replace(text, @"\\(.)", "$1");
}
