using System.Globalization;
using CxAssistant.Chat.Offline;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Chat.Tests.Offline;

public sealed class OfflineAnswererTests(SampleWorkspace ws) : IClassFixture<SampleWorkspace>
{
    private static string N(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    [Fact]
    public async Task FixFirst_NamesTheCoresTopThreeWithPrioritiesAndResolvingCitations()
    {
        var answer = await new OfflineAnswerer(ws.Toolbox).AnswerAsync("What should I fix first?");

        Assert.True(answer.Answered);
        foreach (var s in ws.Data.Analysis.FixFirst(3))
        {
            Assert.Contains(ws.Data.NameOf(s.TouchpointId), answer.Text, StringComparison.Ordinal);
            Assert.Contains("priority " + N(s.Priority), answer.Text, StringComparison.Ordinal);
        }
        Assert.NotEmpty(answer.Citations);
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Number}]", answer.Text, StringComparison.Ordinal));
        Assert.All(answer.Citations, c => CitationAssert.Resolves(ws.Data, c));
    }

    [Fact]
    public async Task AnnoyancesAboutATouchpoint_QuotesOnlyNegativeFeedback()
    {
        var answer = await new OfflineAnswerer(ws.Toolbox).AnswerAsync("What annoys customers about delivery?");

        Assert.Contains("What unhappy customers say:", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(positive)", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(negative)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NpsDrop_ComparesTheLastTwoMonthsWithCoreFigures()
    {
        var answer = await new OfflineAnswerer(ws.Toolbox).AnswerAsync("Why did my NPS drop?");

        var byMonth = ws.Toolbox.Metrics.Get(by: "month").Breakdown;
        Assert.Contains(
            $"from {N(byMonth[^2].Nps!.Value)} in {byMonth[^2].Group} to "
                + $"{N(byMonth[^1].Nps!.Value)} in {byMonth[^1].Group}",
            answer.Text,
            StringComparison.Ordinal
        );
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task Metrics_ByRegion_ListsEveryCoreSegment()
    {
        var answer = await new OfflineAnswerer(ws.Toolbox).AnswerAsync("What is NPS by region?");

        foreach (var s in ws.Data.Analysis.Scoring.Segments.Where(s => s.Field == "region"))
        {
            Assert.Contains($"{s.Value}: NPS {N(s.Metrics.Nps!.Score)}", answer.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OutOfScope_SaysCannotAnswerAndSuggests()
    {
        var answer = await new OfflineAnswerer(ws.Toolbox).AnswerAsync("Predict my revenue for next year");

        Assert.False(answer.Answered);
        Assert.Contains("cannot answer", answer.Text, StringComparison.Ordinal);
        Assert.Contains("What should I fix first?", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task Answers_NeverShowTextThatRedactionRemoved()
    {
        var answerer = new OfflineAnswerer(ws.Toolbox);
        foreach (var q in OfflineAnswerer.Suggestions)
        {
            var answer = await answerer.AnswerAsync(q);
            foreach (var c in answer.Citations)
            {
                Assert.True(ws.Data.TryFind(c.EvidenceId, out var record, out _));
                var redaction = ws.Data.Redacted(record);
                foreach (var r in redaction.Redactions)
                {
                    var removed = record.Text[r.OriginalStart..r.OriginalEnd];
                    Assert.DoesNotContain(removed, answer.Text, StringComparison.Ordinal);
                    Assert.DoesNotContain(removed, c.Quote, StringComparison.Ordinal);
                }
            }
        }
    }
}
