using System.Text;
using CxAssistant.Chat.Conversation;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Chat.Offline;

/// <summary>
/// Answers routed questions with the same read-only tools a model would call, in short plain-language templates with
/// numbered citations. Every figure is a tool's figure; when a question is out of reach it says so and suggests one
/// it can answer.
/// </summary>
public sealed class OfflineAnswerer(ChatToolbox tools) : IChatResponder
{
    private readonly IntentRouter _router = new(tools.Data);
    private readonly OwnerTurns _turns = new(tools, new ConversationContext());

    /// <summary>Questions shown when offline mode cannot answer or on /help.</summary>
    public static readonly IReadOnlyList<string> Suggestions =
    [
        "What annoys my customers most?",
        "What should I fix first?",
        "Why are people leaving?",
        "Compare this month with last month",
        "How many customers complained about delivery?",
        "What did customer <id> say?",
        "Why did my NPS drop?",
        "Show me what people say about delivery",
        "What is NPS by region?",
        "What if returns reached the median score?",
        "Who are my customers? (personas)",
        "What jobs are customers trying to get done?",
        "How can we fix checkout? (hypotheses)",
    ];

    /// <summary>Routes and answers one question.</summary>
    public Task<ChatAnswer> AnswerAsync(string question, CancellationToken cancellationToken = default) =>
        AnswerAsync(question, null, cancellationToken);

    /// <inheritdoc />
    public async Task<ChatAnswer> AnswerAsync(
        string question,
        Action<string>? onText,
        CancellationToken cancellationToken = default
    )
    {
        var routed = _router.Route(question);
        tools.BeginAnswer();
        var text = new StringBuilder();
        var context = _turns.Context;
        if (_turns.Read(question, ref routed, text) is { } handled)
        {
            context.LastIntent = handled.Intent;
            return new ChatAnswer(
                question,
                text.ToString().TrimEnd(),
                tools.Citations.All,
                handled.Answered,
                handled.Intent,
                ChatAnswer.Offline,
                []
            );
        }
        var answered = true;
        switch (routed.Intent)
        {
            case ChatIntent.Help:
                Help(text);
                break;
            case ChatIntent.Annoyances when routed.Period is not null:
                Remember(new ComplaintRanking(tools).Write(text, routed.Period));
                break;
            case ChatIntent.Annoyances:
                Ranking(
                    text,
                    "negative",
                    "What annoys your customers most (most negative feelings, with enough evidence):"
                );
                break;
            case ChatIntent.Loves:
                Ranking(text, "positive", "What your customers love most (most positive feelings):");
                break;
            case ChatIntent.FixFirst:
                FixFirst(text);
                break;
            case ChatIntent.NpsDrop:
                new NpsDropAnswer(tools).Write(text);
                break;
            case ChatIntent.Metrics:
                Metrics(text, routed);
                break;
            case ChatIntent.WhatIf:
                WhatIf(text, routed);
                break;
            case ChatIntent.Personas:
                Personas(text);
                break;
            case ChatIntent.Jobs:
                Jobs(text);
                break;
            case ChatIntent.Hypotheses:
                Hypotheses(text, routed);
                break;
            case ChatIntent.Touchpoint:
                await TouchpointAsync(text, routed, cancellationToken).ConfigureAwait(false);
                break;
            case ChatIntent.Search:
                await SearchAsync(text, routed, cancellationToken).ConfigureAwait(false);
                break;
            default:
                answered = false;
                text.AppendLine("Offline mode cannot answer that. " + routed.Reason);
                text.AppendLine("Try one of these instead: \"" + string.Join("\", \"", Suggestions.Take(4)) + "\".");
                break;
        }
        if (answered)
        {
            context.LastIntent = routed.Intent;
        }
        return new ChatAnswer(
            question,
            text.ToString().TrimEnd(),
            tools.Citations.All,
            answered,
            routed.Intent,
            ChatAnswer.Offline,
            []
        );
    }

    private static void Help(StringBuilder text)
    {
        text.AppendLine(
            "I answer questions about your customers from the offline analysis of "
                + "this workspace, with the customers' own words as numbered sources. "
                + "You can ask:"
        );
        foreach (var s in Suggestions)
        {
            text.AppendLine("- " + s);
        }
        text.AppendLine("Commands: /touchpoints, /personas, /fix, /sources N, /export, /history, /help, /quit.");
    }

    private void Ranking(StringBuilder text, string order, string heading)
    {
        var result = tools.Touchpoints.Get(top: 3, order: order, quotes: 1);
        if (result.Touchpoints.Count == 0)
        {
            if (order != "negative")
            {
                text.AppendLine("No touchpoint has a positive emotional impact yet.");
                return;
            }
            // Mixed reviews: nothing is negative on balance, but the complaints are still there to be counted.
            text.AppendLine("No touchpoint is negative on balance (customers praise and complain in the same breath).");
            Remember(new ComplaintRanking(tools).Write(text, null));
            return;
        }
        Remember(result.Touchpoints.Select(t => t.Id));
        text.AppendLine(heading);
        var rank = 0;
        foreach (var t in result.Touchpoints)
        {
            var pains =
                order == "negative" && t.Pains.Count > 0
                    ? "; main pains: "
                        + string.Join(", ", t.Pains.Take(2).Select(p => $"{p.Pain} ({p.Records} records)"))
                    : "";
            text.AppendLine(
                $"{++rank}. {t.Name}: emotional impact "
                    + $"{AnswerNumbers.N(t.EmotionalImpact.Value, 2)} "
                    + $"({t.EmotionalImpact.Level}) over {t.Mentions} mentions from "
                    + $"{t.Customers} customers{pains}.{AnswerNumbers.Cite(t.Quotes)}"
            );
        }
    }

    private void FixFirst(StringBuilder text)
    {
        var result = tools.Touchpoints.Get(top: 3, order: "fix-first", quotes: 1);
        if (result.Touchpoints.Count == 0)
        {
            text.AppendLine($"Nothing is urgent: {FixFirstList.NothingToFix}. " + "The complaints worth a look:");
            Remember(new ComplaintRanking(tools).Write(text, null));
            return;
        }
        Remember(result.Touchpoints.Select(t => t.Id));
        text.AppendLine(
            "Fix these first (the core's priority, 0-100"
                + (tools.Data.Analysis.MostlyPositive() ? $"; {FixFirstList.MostlyPositiveNote}" : "")
                + "):"
        );
        var rank = 0;
        foreach (var t in result.Touchpoints)
        {
            var impact = t.NpsImpact is { } i
                ? $"; NPS would gain up to {AnswerNumbers.N(i)} points if its detractors became passives"
                : "";
            var quick = t.QuickWin ? " Quick win." : "";
            text.AppendLine(
                $"{++rank}. {t.Name}: priority {AnswerNumbers.N(t.Priority)}, "
                    + $"{t.Mentions} mentions, emotional impact "
                    + $"{AnswerNumbers.N(t.EmotionalImpact.Value, 2)}{impact}.{quick}{AnswerNumbers.Cite(t.Quotes)}"
            );
        }
        var best = tools.Hypotheses.Get(result.Touchpoints[0].Id, top: 1).Hypotheses;
        if (best.Count > 0)
        {
            text.AppendLine(
                $"First thing to try for {result.Touchpoints[0].Name}: {best[0].Title} "
                    + $"(effort {best[0].Effort}, impact "
                    + $"{best[0].Impact}).{AnswerNumbers.Cite(best[0].Quotes)}"
            );
        }
    }

    private void Metrics(StringBuilder text, RoutedQuestion q)
    {
        string? since = q.Period,
            until = q.Period;
        // A segment or a breakdown field wins over a touchpoint matched on the same word ("by location" is not Location
        // and parking).
        var by =
            q.ByMonth ? "month"
            : q.Segment is null ? q.SegmentField
            : null;
        if (by is null && q.Segment is null && q.Question.Contains("segment", StringComparison.OrdinalIgnoreCase))
        {
            by = WordSegmentField();
        }
        var result = tools.Metrics.Get(
            segment: q.Segment,
            since: since,
            until: until,
            touchpoint: q.Segment is null && q.SegmentField is null ? q.TouchpointId : null,
            by: by
        );
        var o = result.Overall;
        text.AppendLine($"For {result.Filter}: {Describe(o)}.");
        foreach (var b in result.Breakdown)
        {
            text.AppendLine($"- {b.Group}: {Describe(b)}");
        }
        foreach (var n in result.Notes)
        {
            text.AppendLine(n);
        }
        if (result.Breakdown.Count == 0 && q.Segment is null && q.Period is null)
        {
            text.AppendLine(
                $"Ask \"NPS by month\" or \"NPS by "
                    + $"{result.SegmentFields.FirstOrDefault(f => f != "channel") ?? "region"}\" "
                    + $"for a breakdown."
            );
        }
    }

    /// <summary>
    /// The segment field whose values are words (location, region, tier) with the most NPS answers: the natural "by
    /// segment".
    /// </summary>
    private string? WordSegmentField() =>
        tools
            .Data.Analysis.Scoring.Segments.Where(s => s.Field != "channel" && !s.Value.Any(char.IsDigit))
            .GroupBy(s => s.Field, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Sum(s => s.Metrics.Nps?.Responses ?? 0))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();

    internal static string Describe(MetricsView m)
    {
        var parts = new List<string>();
        if (m.Nps is { } nps)
        {
            parts.Add($"NPS {AnswerNumbers.N(nps)} from {m.NpsAnswers} answers");
        }
        if (m.Csat is { } csat)
        {
            parts.Add($"CSAT {AnswerNumbers.N(csat)}% from {m.CsatAnswers} answers");
        }
        if (m.Ces is { } ces)
        {
            parts.Add($"CES {AnswerNumbers.N(ces, 2)} of 7 from {m.CesAnswers} answers");
        }
        if (m.Rating is { } rating)
        {
            parts.Add($"rating {AnswerNumbers.N(rating, 2)} of 5");
        }
        return parts.Count == 0 ? $"{m.Records} records, no scores" : string.Join(", ", parts);
    }

    private void WhatIf(StringBuilder text, RoutedQuestion q)
    {
        var id = q.TouchpointId
            ?? tools.Touchpoints.Get(top: 1, order: "fix-first", quotes: 0).Touchpoints.FirstOrDefault()?.Id;
        if (id is null)
        {
            text.AppendLine("Name a touchpoint for the what-if, e.g. \"what if delivery reached the median score?\"");
            return;
        }
        var r = tools.WhatIf.Get(id);
        if (r.NpsChange is null)
        {
            text.AppendLine($"I cannot compute a what-if for {r.Touchpoint}: {string.Join(" ", r.Notes)}");
            return;
        }
        text.AppendLine(
            $"If {r.Touchpoint} reached the median touchpoint score, overall NPS "
                + $"would move by +{AnswerNumbers.N(r.NpsChange)} points, from "
                + $"{AnswerNumbers.N(r.CurrentNps)} to {AnswerNumbers.N(r.ProjectedNps)}."
        );
        text.AppendLine(
            $"Why: customers who mention {r.Touchpoint} give it an NPS of "
                + $"{AnswerNumbers.N(r.TouchpointNps)} over {r.TouchpointNpsAnswers} "
                + $"answers; the median touchpoint is at "
                + $"{AnswerNumbers.N(r.MedianTouchpointNps)} (over "
                + $"{r.TouchpointsInMedian} touchpoints); there are {r.NpsAnswers} NPS "
                + $"answers in all."
        );
        text.AppendLine("Method: " + r.Method + " An estimate, not a forecast.");
        foreach (var n in r.Notes)
        {
            text.AppendLine(n);
        }
    }

    private void Personas(StringBuilder text)
    {
        var result = tools.Personas.Get();
        if (result.Personas.Count == 0)
        {
            text.AppendLine(string.Join(" ", result.Notes));
            return;
        }
        text.AppendLine($"Your customers fall into {result.Personas.Count} personas:");
        foreach (var p in result.Personas)
        {
            var kind = p.EvidenceBased ? "" : " (proto-persona: thin evidence)";
            var pain = p.Pains.Count > 0 ? " Main pain: " + p.Pains[0] + "." : "";
            text.AppendLine(
                $"- {p.Name}{kind}: {p.Customers} of {p.TotalCustomers} customers "
                    + $"({AnswerNumbers.N(p.SharePercent)}%).{pain}{AnswerNumbers.Cite(p.Quotes.Take(1))}"
            );
        }
    }

    private void Jobs(StringBuilder text)
    {
        var result = tools.Jobs.Get(top: 3);
        if (result.Jobs.Count == 0 && result.Outcomes.Count == 0)
        {
            text.AppendLine(string.Join(" ", result.Notes));
            return;
        }
        text.AppendLine("What customers are trying to get done:");
        foreach (var j in result.Jobs.Where(j => j.Altitude != "functional").Take(3))
        {
            text.AppendLine(
                $"- {j.Statement} ({j.Altitude} job, {j.Customers} customers).{AnswerNumbers.Cite(j.Quotes.Take(1))}"
            );
        }
        if (result.Outcomes.Count > 0)
        {
            text.AppendLine("Biggest opportunities (opportunity = importance + max(importance - satisfaction, 0)):");
            foreach (var o in result.Outcomes)
            {
                text.AppendLine(
                    $"- {o.Statement}: opportunity {AnswerNumbers.N(o.Opportunity)} "
                        + $"({o.Band}; importance {AnswerNumbers.N(o.Importance)}, satisfaction "
                        + $"{AnswerNumbers.N(o.Satisfaction)}, {o.Source})."
                );
            }
        }
    }

    private void Hypotheses(StringBuilder text, RoutedQuestion q)
    {
        var result = tools.Hypotheses.Get(q.TouchpointId, top: 3);
        if (q.TouchpointId is not null)
        {
            _turns.Context.Touchpoint = q.TouchpointId;
        }
        foreach (var n in result.Notes)
        {
            text.AppendLine(n);
        }
        if (result.Hypotheses.Count == 0)
        {
            return;
        }
        text.AppendLine(
            q.TouchpointId is null
                ? "Best bets to try (impact against effort):"
                : $"What to try for {result.Hypotheses[0].Touchpoint}:"
        );
        var rank = 0;
        foreach (var h in result.Hypotheses)
        {
            text.AppendLine(
                $"{++rank}. {h.Title} ({h.Touchpoint}; effort {h.Effort}, impact "
                    + $"{h.Impact}{(h.QuickWin ? ", quick win" : "")}). "
                    + $"Measure: {h.Metric}, now {AnswerNumbers.N(h.Baseline)} "
                    + $"{h.BaselineUnit} (n={h.BaselineN}); target "
                    + $"{h.Target}.{AnswerNumbers.Cite(h.Quotes)}"
            );
        }
    }

    private async Task TouchpointAsync(StringBuilder text, RoutedQuestion q, CancellationToken cancellationToken)
    {
        var result = tools.Touchpoints.Get(q.TouchpointId, quotes: 0);
        if (result.Touchpoints.Count == 0)
        {
            text.AppendLine(string.Join(" ", result.Notes));
            return;
        }
        var t = result.Touchpoints[0];
        _turns.Context.NewSubject();
        _turns.Context.Touchpoint = t.Id;
        text.AppendLine(
            $"{t.Name} ranks #{t.Rank} of {result.TotalTouchpoints} by priority "
                + $"({AnswerNumbers.N(t.Priority)} of 100): {t.Mentions} mentions from "
                + $"{t.Customers} customers, "
                + $"emotional impact {AnswerNumbers.N(t.EmotionalImpact.Value, 2)} "
                + $"({t.EmotionalImpact.Level}), functional performance "
                + $"{AnswerNumbers.N(t.FunctionalPerformance.Value, 2)} "
                + $"({t.FunctionalPerformance.Level}), "
                + $"NPS among these customers {AnswerNumbers.N(t.Nps)}; confidence {t.Confidence}."
        );
        if (t.Pains.Count > 0)
        {
            text.AppendLine(
                "Main pains: "
                    + string.Join(", ", t.Pains.Select(p => $"{PainNames.Of(p.Pain)} ({p.Records} records)"))
                    + "."
            );
        }
        await new TouchpointVoices(tools)
            .WriteAsync(text, t.Id, q.SearchText ?? t.Name, q.Sentiment, cancellationToken)
            .ConfigureAwait(false);
    }

    private void Remember(IEnumerable<string> ranked)
    {
        var ids = ranked.ToList();
        _turns.Context.NewSubject();
        _turns.Context.Ranked = ids;
        _turns.Context.Touchpoint = ids.FirstOrDefault();
    }

    private async Task SearchAsync(StringBuilder text, RoutedQuestion q, CancellationToken cancellationToken)
    {
        var result = await tools
            .Search.SearchAsync(
                q.SearchText ?? q.Question,
                segment: q.Segment,
                since: q.Period,
                until: q.Period,
                top: 5,
                cancellationToken: cancellationToken
            )
            .ConfigureAwait(false);
        if (result.Hits.Count == 0)
        {
            text.AppendLine(
                "I found no feedback about that. Try other words, or ask \"what annoys my customers most?\""
            );
            return;
        }
        _turns.Context.NewSubject();
        _turns.Context.Topic = CountAnswer.Topic(q.SearchText ?? q.Question);
        text.AppendLine($"What people say ({result.Filter}):");
        foreach (var h in result.Hits)
        {
            text.AppendLine(
                $"- \"{tools.Citations.All[h.Citation - 1].Quote}\" "
                    + $"({h.Sentiment}{(h.Touchpoint is null ? "" : ", " + h.Touchpoint)}) "
                    + $"[{h.Citation}]"
            );
        }
    }
}
