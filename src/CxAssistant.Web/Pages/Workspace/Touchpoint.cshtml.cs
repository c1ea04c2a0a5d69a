using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Hypotheses;
using CxAssistant.Core.Scoring;
using CxAssistant.Data.Corrections;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Workspaces;
using Microsoft.AspNetCore.Mvc;

namespace CxAssistant.Web.Pages.Workspace;

/// <summary>
/// One touchpoint: its four scores with confidence bands, NPS impact, pains, hypotheses and filterable evidence. A CX
/// lead renames, merges or splits the theme here; the correction is kept in the workspace (docs/corrections.md).
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

    /// <summary>The theme forms: a new name (rename, or the new theme of a split), the theme merged into, split words.</summary>
    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? Into { get; set; }

    [BindProperty]
    public string? Words { get; set; }

    /// <summary>The corrections in force that concern this theme, oldest first.</summary>
    public IReadOnlyList<Correction> Corrections { get; private set; } = [];

    public string? Saved { get; private set; }
    public List<string> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = Load();
        await LoadCorrectionsAsync(cancellationToken);
        return result;
    }

    public Task<IActionResult> OnPostRenameAsync(CancellationToken cancellationToken) =>
        CorrectAsync(CorrectionKind.RenameTheme, NewName, "Give the theme's new name.", cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(CancellationToken cancellationToken) =>
        CorrectAsync(CorrectionKind.MergeTheme, Into, "Choose the theme to merge into.", cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken)
    {
        var words = (Words ?? "").Split([',', Correction.ListSeparator], StringSplitOptions.TrimEntries);
        var value =
            string.IsNullOrWhiteSpace(NewName) || words.All(string.IsNullOrEmpty)
                ? null
                : string.Join(Correction.ListSeparator, [NewName.Trim(), .. words]);
        return CorrectAsync(
            CorrectionKind.SplitTheme,
            value,
            "Give the new theme's name and the words that move a mention to it.",
            cancellationToken
        );
    }

    private async Task<IActionResult> CorrectAsync(
        CorrectionKind kind,
        string? value,
        string missing,
        CancellationToken cancellationToken
    )
    {
        var result = Load();
        if (View is null || Score is null)
        {
            return result;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            Problems.Add(missing);
        }
        else
        {
            var by = User.Identity?.Name is { Length: > 0 } name ? name : "web";
            var (saved, problems) = await WebCorrections.SaveAsync(
                Store,
                Ws,
                View.Result.Catalog,
                [new CorrectionRequest(kind, Tp, value)],
                by,
                cancellationToken
            );
            Problems.AddRange(problems);
            Saved = problems.Count == 0 ? WebCorrections.SavedMessage(saved, by) : null;
        }
        await LoadCorrectionsAsync(cancellationToken);
        return result;
    }

    private async Task LoadCorrectionsAsync(CancellationToken cancellationToken)
    {
        if (View is null || Score is null)
        {
            return;
        }
        Corrections = await WebCorrections.ListAsync(
            Store,
            Ws,
            c => !c.IsRecord && (c.Target == Tp || c.Value == Tp),
            cancellationToken
        );
    }

    private IActionResult Load()
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
