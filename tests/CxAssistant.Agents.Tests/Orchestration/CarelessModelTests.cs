using System.Text.Json;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Orchestration;
using CxAssistant.Agents.Tests.Fakes;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Reports;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Orchestration;

/// <summary>
/// Models that label carelessly or on purpose wrongly, through the real pipeline (checks, repair, fallback, label
/// support): a verbatim quote proves the words exist, not that they show the label, so the fix-first list must not
/// move.
/// </summary>
public sealed partial class CarelessModelTests
{
    private static readonly Lazy<(AnalysisResult Offline, AnalyzeOptions Options)> Sample = new(() =>
    {
        var options = new AnalyzeOptions
        {
            Paths = [Path.Combine(RepositoryRoot.Path, "samples", "trailhead-outfitters")],
        };
        return (new AnalysisPipeline(TimeProvider.System).Run(options), options);
    });

    /// <summary>
    /// Every item gets the first touchpoint of the list, "quoted" by the first 25 characters of its text.
    /// </summary>
    private static string Careless(IReadOnlyList<ChatMessage> messages) =>
        Annotate(messages, (e, ids) => (ids[0], e.Text.Length <= 25 ? e.Text : e.Text[..25]));

    /// <summary>
    /// Every item gets the last touchpoint of the list, quoted by a whole verbatim sentence of the item.
    /// </summary>
    private static string Adversarial(IReadOnlyList<ChatMessage> messages) =>
        Annotate(messages, (e, ids) =>
            (ids[^1], Sentence().Match(e.Text).Value.Trim() is { Length: > 0 } s ? s : e.Text)
        );

    private static string Annotate(
        IReadOnlyList<ChatMessage> messages,
        Func<(string Id, string Text), IReadOnlyList<string>, (string Touchpoint, string Quote)> label
    )
    {
        if (Responders.Kind(messages) != "annotate")
        {
            return "not json";
        }
        var ids = TouchpointLine().Matches(messages[0].Text).Select(m => m.Groups["id"].Value).ToList();
        var items = EvidenceInPrompt
            .Read(messages[1].Text)
            .Select(e =>
            {
                var (touchpoint, quote) = label(e, ids);
                return new
                {
                    evidenceId = e.Id,
                    touchpoints = new[] { touchpoint },
                    intent = "praise",
                    emotions = new[] { "delight" },
                    quote,
                };
            });
        return JsonSerializer.Serialize(new { items });
    }

    [Theory]
    [InlineData("careless")]
    [InlineData("adversarial")]
    public async Task RunAsync_ModelLabelsWithQuotesThatDoNotShowTheLabel_FixFirstListDoesNotMove(string kind)
    {
        var (offline, options) = Sample.Value;
        var client = new ScriptedChatClient(kind == "careless" ? Careless : Adversarial);

        var run = await new ModelAssistedAnalysis(new ModelSession(client, "m", new RunLedger())).RunAsync(
            offline,
            options
        );

        Assert.Contains(client.Requests, r => Responders.Kind(r.Messages) == "annotate");
        Assert.Equal(
            offline.FixFirst(3).Select(s => s.TouchpointId),
            run.Analysis.FixFirst(3).Select(s => s.TouchpointId)
        );
        Assert.Equal(
            offline.Scoring.Touchpoints.Select(s => (s.TouchpointId, s.Mentions, s.EmotionalImpact.Value, s.Priority)),
            run.Analysis.Scoring.Touchpoints.Select(s =>
                (s.TouchpointId, s.Mentions, s.EmotionalImpact.Value, s.Priority)
            )
        );
        var replaced = Assert.Single(run.LabelChecks, c =>
            c.Outcome == "replaced" && c.Reason == "the quote does not show the label"
        );
        Assert.True(replaced.Count >= 10, replaced.ToString());
        Assert.DoesNotContain(run.Analysis.Annotations, a =>
            a.Provenance is Provenance.ModelSource or Provenance.RepairedSource
            && a.Touchpoints.Any(t =>
                !offline
                    .Annotations.Single(o => o.EvidenceId == a.EvidenceId)
                    .Touchpoints.Any(o => o.TouchpointId == t.TouchpointId)
            )
        );
        var markdown = MarkdownReport.Render(
            run.Analysis,
            ModelRunReport.Apply(new ReportOptions(), run, new ModelPrice("m", 1, 2, true), "OpenAI model m")
        );
        Assert.Contains(
            $"annotate: {replaced.Count} model label(s) replaced (the quote does not show the label)",
            markdown,
            StringComparison.Ordinal
        );
    }

    [GeneratedRegex(@"^(?<id>[a-z0-9-]+): ", RegexOptions.Multiline)]
    private static partial Regex TouchpointLine();

    [GeneratedRegex(@"^[^.!?\n]+[.!?]?")]
    private static partial Regex Sentence();
}
