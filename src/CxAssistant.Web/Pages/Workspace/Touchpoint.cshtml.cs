using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// One touchpoint: its four scores with confidence bands, NPS impact, pains, hypotheses and filterable evidence.
/// </summary>
public sealed class TouchpointModel(WorkspaceStore store, AnalysisStore analyses)
    : WorkspacePageModel(store, analyses, "map")
{
    private const int MaxQuotes = 40;

    [BindProperty(SupportsGet = true)]
    public string Tp { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Tone { get; set; } = "all";

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    public TouchpointScore? Score { get; private set; }
    public Core.Touchpoints.Touchpoint? Touchpoint { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<(string Pain, int Count)> Pains { get; private set; } = [];
    public IReadOnlyList<ImprovementHypothesis> Hypotheses { get; private set; } = [];
    public IReadOnlyList<string> Channels { get; private set; } = [];
    public IReadOnlyList<(Quote Quote, Annotation Annotation)> Evidence { get; private set; } = [];
    public int Total { get; private set; }

    public IActionResult OnGet()
    {
        if (View is not { } v)
        {
            return Page();
        }
        Score = v.Score(Tp);
        if (Score is null)
        {
            return NotFound();
        }
        Touchpoint = v.Touchpoint(Tp);
        Name = v.Name(Tp);
        Pains = TouchpointEvidence.PainCounts(v.Result, Tp);
        Hypotheses = v.Result.Hypotheses?.Touchpoints.FirstOrDefault(t => t.TouchpointId == Tp)?.Hypotheses ?? [];
        var mentioning = v.Mentioning(Tp).ToList();
        Channels = [.. mentioning.Select(m => ChannelName(m.Record.Channel)).Distinct().Order(StringComparer.Ordinal)];
        var filtered = mentioning
            .Where(m =>
                (Tone != "negative" || m.Annotation.Sentiment < 0)
                && (Tone != "positive" || m.Annotation.Sentiment > 0)
                && (string.IsNullOrEmpty(Channel) || ChannelName(m.Record.Channel) == Channel)
            )
            .ToList();
        Total = filtered.Count;
        Evidence =
        [
            .. filtered
                .Take(MaxQuotes)
                .Select(m =>
                {
                    var mention = m.Annotation.Touchpoints.First(t => t.TouchpointId == Tp);
                    return (QuoteSelector.Around(m.Record, mention.Start, mention.End), m.Annotation);
                }),
        ];
        return Page();
    }

    private static string ChannelName(Core.Evidence.Channel channel) => channel.ToString().ToLowerInvariant();
}
