using System.Globalization;
using System.Runtime.CompilerServices;
using CxAssistant.Core.Scoring;
using CxAssistant.Web.Analysis;

namespace CxAssistant.Web.Chat;

/// <summary>
/// Answers without a model: names the touchpoint the question is about (or the touchpoints to fix first) with the
/// scoring core's figures, then quotes the best-matching feedback found by hybrid search, each with a citation.
/// Customer text is only ever quoted, never followed.
/// </summary>
public sealed class OfflineChatResponder(AnalysisStore analyses, SearchIndexes search) : IChatResponder
{
    public const int MaxQuestionLength = 500;
    private const int Quotes = 3;

    public async IAsyncEnumerable<ChatEvent> AnswerAsync(string workspace, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        question = question.Trim();
        if (question.Length == 0 || question.Length > MaxQuestionLength)
        {
            yield return ChatEvent.Say($"Please ask a question of 1 to {MaxQuestionLength} characters.");
            yield break;
        }
        if (analyses.Get(workspace) is not { } view)
        {
            yield return ChatEvent.Say("There is no analysis yet. Import some feedback and run the analysis, then ask again.");
            yield break;
        }
        foreach (var piece in Words(Summary(view, question))) yield return ChatEvent.Say(piece);

        var result = await search.SearchAsync(workspace, question, Quotes, cancellationToken);
        if (result.Hits.Count == 0)
        {
            yield return ChatEvent.Say(" I found no feedback matching your words.");
            yield break;
        }
        yield return ChatEvent.Say(" What customers said:");
        var n = 0;
        foreach (var hit in result.Hits)
        {
            var text = hit.Text.Length > 200 ? hit.Text[..200].TrimEnd() + "…" : hit.Text;
            foreach (var piece in Words($" “{text}”")) yield return ChatEvent.Say(piece);
            yield return ChatEvent.Cite(++n, hit.EvidenceId);
        }
    }

    /// <summary>The scoring core's answer: the touchpoint named in the question, else the ones to fix first.</summary>
    private static string Summary(AnalysisView view, string question)
    {
        var asked = view.Result.Catalog.Touchpoints.FirstOrDefault(t =>
            question.Contains(t.Name, StringComparison.OrdinalIgnoreCase) || question.Contains(t.Id.Replace('-', ' '), StringComparison.OrdinalIgnoreCase));
        if (asked is not null && view.Score(asked.Id) is { } score)
            return $"{asked.Name}: {Describe(score)}." + (score.NpsImpact is { } impact ? $" Fixing its detractors' complaints could add {Num(impact)} NPS points." : "");
        if (view.FixFirst.Count == 0) return "No touchpoint has a negative emotional impact in this data.";
        return "Fix first: " + string.Join("; ", view.FixFirst.Select((s, i) => $"{i + 1}. {view.Name(s.TouchpointId)} ({Describe(s)})")) + ".";
    }

    private static string Describe(TouchpointScore s) =>
        $"{s.EmotionalImpact.Level} emotional impact, {s.Mentions} mentions, priority {Num(s.Priority)}";

    private static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// Streams a few words at a time so the browser shows the answer growing, as it will with a model (one event per
    /// word tripled the server's work under load for no visible gain).
    /// </summary>
    private static IEnumerable<string> Words(string text, int wordsPerEvent = 6)
    {
        var start = 0;
        var words = 0;
        for (var i = 1; i <= text.Length; i++)
            if (i == text.Length || text[i] == ' ' && ++words % wordsPerEvent == 0)
            {
                yield return text[start..i];
                start = i;
            }
    }
}
