using System.Text.RegularExpressions;
using CxAssistant.Chat.Offline;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// Reads a follow-up against the conversation: "the second one" (the last list), "and why?" (the touchpoint in
/// focus, its complaints), "how could I fix it?" (its hypotheses), "what about X?" after a breakdown (X's figures).
/// </summary>
internal static partial class FollowUps
{
    /// <summary>Words that point back at what was just said.</summary>
    public static readonly string[] Pronouns =
    [
        " they ",
        " them ",
        " their ",
        " he ",
        " she ",
        " him ",
        " her ",
        " it ",
        " that ",
        " this ",
        " those ",
        " these ",
        " this one",
        " that one",
        " this customer",
        " that customer",
    ];

    /// <summary>Topic words that are figures (metrics answers give them), not words to look for in feedback.</summary>
    public static readonly HashSet<string> MetricWords = new(StringComparer.Ordinal)
    {
        "nps",
        "csat",
        "ces",
        "promoters",
        "detractors",
        "passives",
        "records",
        "answers",
        "responses",
        "reviews",
        "ratings",
        "rating",
        "stars",
        "feedback",
        "score",
        "scores",
        "surveys",
        "comments",
        "one",
        "ones",
    };

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    /// <summary>
    /// True when every topic word is part of the touchpoint's own name or id ("returns" → Returns &amp; exchanges).
    /// </summary>
    public static bool NamesTouchpoint(IReadOnlyList<string> topic, string name, string id)
    {
        var own = QuestionText
            .Words(name + " " + id.Replace('-', ' '))
            .Select(TopicMatch.Stem)
            .ToHashSet(StringComparer.Ordinal);
        return topic.All(w => own.Contains(TopicMatch.Stem(w)));
    }

    /// <summary>The phrase after "think of", "say about", "opinion of"… (null when the question has none).</summary>
    public static string? TopicPhrase(string question)
    {
        var m = About().Match(question);
        if (!m.Success)
        {
            return null;
        }
        var group = m.Groups.Cast<Group>().Skip(1).First(g => g.Success);
        return group.Value.Trim(' ', '?', '.', '!');
    }

    /// <summary>The routed question with the conversation's context filled in when it is a follow-up.</summary>
    public static RoutedQuestion Rewrite(string q, RoutedQuestion routed, ConversationContext context)
    {
        var focus = context.Touchpoint ?? context.Ranked.FirstOrDefault();
        if (routed.TouchpointId is null && Ordinal(q) is { } n && n < context.Ranked.Count)
        {
            return routed with { Intent = ChatIntent.Touchpoint, TouchpointId = context.Ranked[n] };
        }
        var words = QuestionText.Words(q).Length;
        if (
            routed.TouchpointId is null
            && routed.Segment is null
            && focus is not null
            && words <= 5
            && QuestionText.Has(q, " why")
        )
        {
            var positive = context.LastIntent == ChatIntent.Loves;
            return routed with
            {
                Intent = ChatIntent.Touchpoint,
                TouchpointId = focus,
                Sentiment = positive ? "positive" : "negative",
            };
        }
        if (
            routed.TouchpointId is null
            && focus is not null
            && QuestionText.Has(q, Pronouns)
            && QuestionText.Has(q, " fix", " improve", " solve", " better", " do about", " try")
        )
        {
            return routed with { Intent = ChatIntent.Hypotheses, TouchpointId = focus };
        }
        if (
            routed.Segment is not null
            && context.LastIntent == ChatIntent.Metrics
            && QuestionText.Has(q, " what about ", " how about ", " and ", " in ", " for ")
        )
        {
            return routed with { Intent = ChatIntent.Metrics };
        }
        return routed;
    }

    private static int? Ordinal(string q)
    {
        for (var i = 0; i < Ordinals.Length; i++)
        {
            if (
                q.Contains(" " + Ordinals[i] + " ", StringComparison.Ordinal)
                || q.Contains($" #{i + 1} ", StringComparison.Ordinal)
                || q.Contains($" number {i + 1} ", StringComparison.Ordinal)
                || q.Contains($" no {i + 1} ", StringComparison.Ordinal)
            )
            {
                return QuestionText.Has(q, " one ", " item", " more", " about", " tell", " explain", " that", " why")
                    ? i
                    : null;
            }
        }
        return null;
    }

    [GeneratedRegex(
        @"\b(?:think|feel|felt|thought)\s+(?:of|about)\s+(.+)$|\bopinions?\s+(?:of|on|about)\s+(.+)$"
            + @"|\b(?:say|said|saying|talk|talking|write|writing|wrote)\s+about\s+(.+)$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex About();
}
