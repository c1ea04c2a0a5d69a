using System.Text.Json;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Orchestration;
using CxAssistant.Agents.Tests.Fakes;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using CxAssistant.Reports;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Orchestration;

public sealed class HonestModelTests
{
    /// <summary>
    /// Labels "late"/"parcel" items as delivery with the word as quote; everything else gets no touchpoint.
    /// </summary>
    private static string Annotate(IReadOnlyList<ChatMessage> messages, bool paraphraseFirst)
    {
        if (Responders.Kind(messages) != "annotate")
        {
            return "not json";
        }
        var repair = messages.Count > 2;
        var items = EvidenceInPrompt
            .Read(messages[1].Text)
            .Select(e =>
            {
                var word = new[] { "late", "parcel", "courier" }.FirstOrDefault(w =>
                    e.Text.Contains(w, StringComparison.Ordinal)
                );
                var quote =
                    word is null ? ""
                    : paraphraseFirst && !repair ? word.ToUpperInvariant() + " delivery"
                    : word;
                return new
                {
                    evidenceId = e.Id,
                    touchpoints = word is null ? Array.Empty<string>() : ["delivery"],
                    intent = "complaint",
                    emotions = Array.Empty<string>(),
                    quote,
                };
            });
        return JsonSerializer.Serialize(new { items });
    }

    [Fact]
    public async Task RunAsync_ValidLabels_AreAppliedAndTheCoreRescores()
    {
        var offline = InjectionData.Offline;
        var client = new ScriptedChatClient(m => Annotate(m, paraphraseFirst: false));
        var run = await new ModelAssistedAnalysis(new ModelSession(client, "m", new RunLedger())).RunAsync(
            offline,
            InjectionData.Options
        );

        var relabelled = run.Analysis.Annotations.Where(a => a.Provenance == Provenance.ModelSource).ToList();
        Assert.NotEmpty(relabelled);
        foreach (var a in relabelled)
        {
            var before = offline.Annotations.Single(o => o.EvidenceId == a.EvidenceId);
            Assert.Equal(before.Sentiment, a.Sentiment);
            var record = run.Analysis.Records.Single(r => r.Id == a.EvidenceId);
            // A delivery label the offline reader did not see stands on the model's quote; one it saw keeps the
            // reader's span.
            if (
                a.Touchpoints.FirstOrDefault(t => t.TouchpointId == "delivery") is { } d
                && before.Touchpoints.All(t => t.TouchpointId != "delivery")
            )
            {
                Assert.Contains(record.Text[d.Start..d.End], new[] { "late", "parcel", "courier" });
            }
            Assert.Equal(
                before.Touchpoints.Select(t => t.TouchpointId),
                a.Touchpoints.Take(before.Touchpoints.Count).Select(t => t.TouchpointId)
            );
        }
        var rescored = TouchpointScorer.Score(
            new ScoringInput(run.Analysis.Records, run.Analysis.Annotations, run.Analysis.Catalog)
        );
        Assert.Equal(
            rescored.Touchpoints.Select(s => (s.TouchpointId, s.Priority, s.Mentions)),
            run.Analysis.Scoring.Touchpoints.Select(s => (s.TouchpointId, s.Priority, s.Mentions))
        );

        var markdown = MarkdownReport.Render(
            run.Analysis,
            ModelRunReport.Apply(new ReportOptions(), run, new ModelPrice("m", 1, 2, true), "OpenAI model m")
        );
        Assert.Contains("### Model assistance", markdown, StringComparison.Ordinal);
        Assert.Contains(" by CxAssistant, OpenAI model m. ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("offline provider", markdown, StringComparison.Ordinal);
        Assert.Contains("annotate, ", markdown, StringComparison.Ordinal);
        Assert.Contains("_Summary source: fallback, report-narrative@1.0.0", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ParaphrasedQuoteThenFixed_IsMarkedRepairedAfterTheFindingsWereSent()
    {
        var client = new ScriptedChatClient(m => Annotate(m, paraphraseFirst: true));
        var run = await new ModelAssistedAnalysis(new ModelSession(client, "m", new RunLedger())).RunAsync(
            InjectionData.Offline,
            InjectionData.Options
        );

        Assert.Contains(run.Analysis.Annotations, a => a.Provenance == Provenance.RepairedSource);
        var repair = client.Requests.First(r => Responders.Kind(r.Messages) == "annotate" && r.Messages.Count == 4);
        Assert.Contains("is not a verbatim part of evidence", repair.Messages[3].Text, StringComparison.Ordinal);
        // Findings reach the model as plain text: quotes as written, nothing HTML-encoded.
        Assert.Matches("[\"']", repair.Messages[3].Text);
        Assert.DoesNotMatch("&(quot|#39|amp|lt|gt);", repair.Messages[3].Text);
        Assert.Contains(run.Ledger.Entries, e => e.Stage == "annotate" && e.Attempt == 1);
    }
}
