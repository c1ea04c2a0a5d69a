using System.Text;
using CsvHelper;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Reports.Tests.Hypotheses;

public sealed class HypothesesRenderingTests
{
    [Fact]
    public void Csv_RoundTrip_OneRowPerHypothesisWithEveryField()
    {
        var analysis = SampleRuns.Trailhead;
        var backlog = HypothesisDrafter.Draft(analysis, analysis.FixFirst(3));
        var path = Path.Combine(Path.GetTempPath(), $"cx-backlog-{Guid.NewGuid():N}.csv");
        try
        {
            using (var writer = new StreamWriter(path))
            {
                HypothesesCsv.Write(writer, backlog, analysis);
            }

            using var reader = CsvReader.FromFile(path, CsvReaderOptions.Default);
            var rows = new List<Dictionary<string, string?>>();
            foreach (var row in reader)
            {
                rows.Add(row.ToDictionary());
            }

            Assert.Equal(backlog.Overall.Count, rows.Count);
            Assert.Equal(HypothesesCsv.Header, rows[0].Keys);
            var first = backlog.Overall[0];
            Assert.Equal(first.Id, rows[0]["id"]);
            Assert.Equal(first.Change, rows[0]["change"]);
            Assert.Equal(first.Evidence[0].Text, rows[0]["quote"]);
            Assert.Equal(
                string.Join(HypothesesCsv.ListSeparator, first.UnintendedConsequences),
                rows[0]["unintended_consequences"]
            );
            Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["baseline_value"])));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Section_FewerThanFive_SaysWhy()
    {
        var analysis = SampleRuns.Bloom;
        var backlog = HypothesisDrafter.Draft(analysis, analysis.FixFirst(1));
        var group = backlog.Touchpoints[0];
        var shortened = new HypothesisBacklog([
            group with
            {
                Hypotheses = [.. group.Hypotheses.Take(2)],
                Reason = "only 2 of the remedies fit",
            },
        ]);
        var sb = new StringBuilder();

        HypothesesSection.Write(sb, shortened, analysis);

        Assert.Contains("_2 hypotheses, not 5: only 2 of the remedies fit._", sb.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Section_EveryHypothesisHasItsFieldsAndACitedQuote()
    {
        var analysis = SampleRuns.Bloom;
        var backlog = HypothesisDrafter.Draft(analysis, analysis.FixFirst(3));
        var sb = new StringBuilder();

        HypothesesSection.Write(sb, backlog, analysis);
        var md = sb.ToString();

        Assert.StartsWith("## Improvement hypotheses", md, StringComparison.Ordinal);
        foreach (
            var label in new[]
            {
                "**Change:**",
                "**Resources:**",
                "**Success metric:**",
                "**Unintended consequences:**",
                "**Kill criterion:**",
                "**Evidence:**",
            }
        )
        {
            Assert.Equal(backlog.All.Count(), CountOf(md, label));
        }
        Assert.Contains("### Hypothesis backlog", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_HypothesisWithoutAQuote_SaysNoRecordStatesItsPain()
    {
        var analysis = SampleRuns.Bloom;
        var group = HypothesisDrafter.Draft(analysis, analysis.FixFirst(1)).Touchpoints[0];
        var first = group.Hypotheses[0] with { Evidence = [] };
        var sb = new StringBuilder();

        HypothesesSection.Write(
            sb,
            new HypothesisBacklog([group with { Hypotheses = [first, .. group.Hypotheses.Skip(1)] }]),
            analysis
        );

        Assert.Contains(
            $"**Evidence:** no customer record here states {Core.Annotations.PainNames.About(first.Pain)}; none quoted",
            sb.ToString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Section_EmptyBacklog_SaysSoInsteadOfAnEmptyHeading()
    {
        var sb = new StringBuilder();

        HypothesesSection.Write(sb, Core.Hypotheses.HypothesisBacklog.Empty, SampleRuns.Bloom);

        Assert.Contains("no hypotheses were drafted", sb.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Render_IsAStandaloneDocument()
    {
        var analysis = SampleRuns.Trailhead;
        var md = HypothesesMarkdown.Render(HypothesisDrafter.Draft(analysis), analysis);

        Assert.StartsWith("# Improvement hypotheses", md, StringComparison.Ordinal);
        Assert.Contains("provenance: offline", md, StringComparison.Ordinal);
        Assert.Contains("Printer-free QR-code returns", md, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        var n = 0;
        for (
            var i = text.IndexOf(value, StringComparison.Ordinal);
            i >= 0;
            i = text.IndexOf(value, i + 1, StringComparison.Ordinal)
        )
        {
            n++;
        }
        return n;
    }
}
