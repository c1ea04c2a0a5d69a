using System.Text;
using System.Text.RegularExpressions;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Text;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// The two questions that name something the data does not hold and would otherwise get a different question's
/// answer: a segment value that does not exist ("NPS in the Riverside shop") and a what-if about something that is not
/// a
/// touchpoint ("what if the spaceship reached the median?"). Each says so and lists the valid values.
/// </summary>
internal static partial class Refusals
{
    private static readonly HashSet<string> NotNames = new(
        CalendarWords.Months.Concat(["NPS", "CSAT", "CES", "I", "Q1", "Q2", "Q3", "Q4"]),
        StringComparer.OrdinalIgnoreCase
    );

    /// <summary>Writes the refusal when a metrics question names a place or group the data lacks.</summary>
    public static bool UnknownSegment(string question, RoutedQuestion routed, ChatToolbox tools, StringBuilder text)
    {
        if (routed.Intent != ChatIntent.Metrics || routed.Segment is not null || routed.TouchpointId is not null)
        {
            return false;
        }
        var m = NamedPlace().Match(question);
        if (!m.Success)
        {
            return false;
        }
        var asked = m.Groups[1].Value.Trim();
        if (asked.Split(' ').All(NotNames.Contains) || tools.Data.FindTouchpoint(asked) is not null)
        {
            return false;
        }
        var segments = new SegmentAnswer(tools);
        if (segments.WordField() is not { } field)
        {
            return false;
        }
        segments.WriteUnknown(text, asked, field);
        return true;
    }

    /// <summary>Writes the refusal when a what-if names a subject that is no touchpoint.</summary>
    public static bool UnknownWhatIf(string question, RoutedQuestion routed, ChatToolbox tools, StringBuilder text)
    {
        if (routed.Intent != ChatIntent.WhatIf || routed.TouchpointId is not null)
        {
            return false;
        }
        var m = WhatIfSubject().Match(question);
        if (!m.Success)
        {
            return false;
        }
        var subject = string.Join(' ', QuestionText.TopicWords(m.Groups[1].Value));
        if (subject.Length == 0 || subject is "nps" or "score" or "it" or "things" or "everything")
        {
            return false;
        }
        text.AppendLine($"\"{subject}\" is not a touchpoint in this analysis, so I cannot work out a what-if for it.");
        text.AppendLine(
            "The touchpoints are: "
                + string.Join(", ", tools.Data.Analysis.Catalog.Touchpoints.Select(t => t.Name))
                + "."
        );
        var first = tools.Data.Scores.FirstOrDefault();
        if (first is not null)
        {
            text.AppendLine(
                $"You can ask \"what if {tools.Data.NameOf(first.TouchpointId)} reached the median score?\""
            );
        }
        return true;
    }

    [GeneratedRegex(@"\b(?:in|at|for|from)\s+(?:the\s+|our\s+|my\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)*)")]
    private static partial Regex NamedPlace();

    [GeneratedRegex(
        @"\bif\s+(?:we\s+(?:fixed|improved|fix|improve)\s+)?(?:the\s+|our\s+|my\s+)?([\w&'’ -]+?)\s+"
            + @"(?:reached|reaches|got|gets|improved|improves|went|was|were|hit|hits|"
            + @"matched|came|rose|moved|had|became)\b",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex WhatIfSubject();
}
