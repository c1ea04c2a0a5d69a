using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "How many customers complained about X?", "what share mention Y?": the number first (customers, then records), the
/// share of all customers, and representative records behind the number. X is matched in the customers' own words
/// (<see cref="TopicMatch"/>); when X is a touchpoint's own name the touchpoint's counts from the core are used, so the
/// chat and the report give one figure.
/// </summary>
internal sealed class CountAnswer(ChatToolbox tools)
{
    private const int MaxQuotes = 5;

    /// <summary>Words that ask for a count or a share rather than name the topic.</summary>
    private static readonly HashSet<string> CountWords = new(StringComparer.Ordinal)
    {
        "share",
        "shares",
        "fraction",
        "common",
        "percent",
        "percentage",
        "proportion",
        "rate",
        "often",
        "number",
        "count",
        "much",
        "many",
        "what",
        "how",
        "whole",
        "complain",
        "complained",
    };

    /// <summary>Words that ask about complaints only.</summary>
    public static readonly string[] ComplaintCues =
    [
        " complain",
        " trouble",
        " problem",
        " issue",
        " unhappy",
        " annoy",
        " angry",
        " upset",
        " hate",
        " negative",
        " dislike",
        " bad ",
        " struggl",
        " frustrat",
        " moan",
        " grumbl",
    ];

    /// <summary>The topic words of a count question (may be empty: "how many customers is that?").</summary>
    public static IReadOnlyList<string> Topic(string question) =>
        [.. QuestionText.TopicPhrases(question).Where(w => !CountWords.Contains(w))];

    /// <summary>
    /// Writes the count for <paramref name="topic"/>; returns false when the topic is a figure, not words.
    /// </summary>
    public void Write(StringBuilder text, IReadOnlyList<string> topic, bool complaints, string? touchpointId)
    {
        var label = string.Join(' ', topic);
        var analysis = tools.Data.Analysis;
        var allCustomers = analysis
            .Records.Where(r => r.IsCustomerVoice)
            .Select(r => r.CustomerKey)
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (touchpointId is not null && tools.Data.ScoreOf(touchpointId) is { } scored)
        {
            WriteTouchpoint(text, scored.Score, allCustomers, complaints);
            return;
        }
        var hits = TopicMatch.Find(analysis.Records, analysis.Annotations, topic);
        if (complaints)
        {
            hits = [.. hits.Where(h => h.Complaint)];
        }
        var customers = hits.Select(h => h.Record.CustomerKey).Distinct(StringComparer.Ordinal).Count();
        var verb = complaints ? "complained about" : "mention";
        if (hits.Count == 0)
        {
            text.AppendLine(
                $"0 customers {verb} \"{label}\" in their own words (I looked for every word of it in "
                    + $"{allCustomers} customers' feedback). You can ask \"what do customers say about {label}?\" "
                    + "to search by meaning instead."
            );
            return;
        }
        var share =
            allCustomers == 0
                ? ""
                : $", {AnswerNumbers.N(100.0 * customers / allCustomers)}% of the {allCustomers} customers";
        text.AppendLine($"{customers} customers ({hits.Count} records{share}) {verb} \"{label}\".");
        if (!complaints)
        {
            var negative = hits.Where(h => h.Complaint)
                .Select(h => h.Record.CustomerKey)
                .Distinct(StringComparer.Ordinal)
                .Count();
            text.AppendLine($"{negative} of them complain about it.");
        }
        text.AppendLine("What they say:");
        foreach (var c in TopicQuotes.Pick(tools.Data, tools.Citations, hits, MaxQuotes, complaints))
        {
            text.AppendLine($"- \"{c.Quote}\" [{c.Number}]");
        }
        if (customers > MaxQuotes)
        {
            text.AppendLine("Ask \"show me what they said\" for more of them.");
        }
    }

    private void WriteTouchpoint(
        StringBuilder text,
        Core.Scoring.TouchpointScore score,
        int allCustomers,
        bool complaints
    )
    {
        var name = tools.Data.NameOf(score.TouchpointId);
        var result = tools.Touchpoints.Get(score.TouchpointId, quotes: 0).Touchpoints.FirstOrDefault();
        var share =
            allCustomers == 0
                ? ""
                : $" ({AnswerNumbers.N(100.0 * score.Customers / allCustomers)}% of {allCustomers} customers)";
        text.AppendLine($"{score.Customers} customers{share} mention {name}, in {score.Mentions} records.");
        if (result?.Pains.Count > 0)
        {
            text.AppendLine(
                (complaints ? "Their complaints: " : "Their main complaints: ")
                    + string.Join(", ", result.Pains.Select(p => $"{p.Pain} ({p.Records} records)"))
                    + "."
            );
        }
        var hits = TouchpointHits(score.TouchpointId);
        foreach (var c in TopicQuotes.Pick(tools.Data, tools.Citations, hits, 3, complaints))
        {
            text.AppendLine($"- \"{c.Quote}\" [{c.Number}]");
        }
    }

    /// <summary>Customer records linked to a touchpoint, at the span that links them.</summary>
    internal List<TopicHit> TouchpointHits(string touchpointId)
    {
        var analysis = tools.Data.Analysis;
        var hits = new List<TopicHit>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var (record, annotation) = (analysis.Records[i], analysis.Annotations[i]);
            if (!record.IsCustomerVoice)
            {
                continue;
            }
            if (annotation.Touchpoints.FirstOrDefault(t => t.TouchpointId == touchpointId) is not { } mention)
            {
                continue;
            }
            var negative = annotation.SentimentLabel == Core.Annotations.SentimentLabel.Negative;
            hits.Add(new TopicHit(record, annotation, mention.Start, mention.End, negative));
        }
        return hits;
    }
}
