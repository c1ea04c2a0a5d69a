using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// What a turn needs once read: a written answer (<see cref="Intent"/>, answered or not), or nothing.
/// </summary>
internal sealed record HandledTurn(ChatIntent Intent, bool Answered);

/// <summary>
/// The owner's questions the keyword router alone does not answer: a customer by id or name, churn, period
/// comparison, counts and shares, a topic in customers' own words, and the refusals that name the valid values
/// (an unknown segment or what-if subject). Follow-ups ("and why?", "the second one", "how could I fix it?", "what
/// about X?") are rewritten into the routed question with the conversation's context.
/// </summary>
internal sealed class OwnerTurns(ChatToolbox tools, ConversationContext context)
{
    /// <summary>The conversation so far.</summary>
    public ConversationContext Context => context;

    private CustomerDirectory? _directory;

    private CustomerDirectory Directory => _directory ??= new CustomerDirectory(tools.Data.Analysis.Records);

    /// <summary>
    /// Answers the turn into <paramref name="text"/>, or returns null with <paramref name="routed"/> (maybe rewritten).
    /// </summary>
    public HandledTurn? Read(string question, ref RoutedQuestion routed, StringBuilder text)
    {
        var q = QuestionText.Padded(question);
        if (Customer(question, q, routed, text) is { } customer)
        {
            return customer;
        }
        if (Churn(q) is { } kind)
        {
            context.NewSubject();
            new ChurnAnswer(tools).Write(text, kind);
            return new HandledTurn(ChatIntent.Churn, true);
        }
        if (Count(q, question, routed, text) is { } count)
        {
            return count;
        }
        if (FollowUpQuotes(q, text) is { } quotes)
        {
            return quotes;
        }
        if (PeriodParser.Parse(question, tools.Data.Analysis.Records) is { } periods)
        {
            new PeriodAnswer(tools).Write(text, periods, question);
            return new HandledTurn(ChatIntent.Periods, true);
        }
        routed = FollowUps.Rewrite(q, routed, context);
        if (routed.Segment is not null && QuestionText.Has(q, " why "))
        {
            new SegmentAnswer(tools).WriteWhy(text, routed.Segment);
            return new HandledTurn(ChatIntent.Metrics, true);
        }
        if (Refusals.UnknownSegment(question, routed, tools, text))
        {
            return new HandledTurn(ChatIntent.Metrics, false);
        }
        if (Refusals.UnknownWhatIf(question, routed, tools, text))
        {
            return new HandledTurn(ChatIntent.WhatIf, false);
        }
        return Topic(q, question, routed, text);
    }

    private HandledTurn? Customer(string question, string q, RoutedQuestion routed, StringBuilder text)
    {
        var answer = new CustomerAnswer(tools);
        string? who = Directory.FindId(question);
        IReadOnlyList<Core.Evidence.EvidenceRecord> records = who is null ? [] : Directory.RecordsOf(who);
        if (who is null && Directory.FindName(question) is { } named)
        {
            (who, records) = (named.Name, named.Records);
        }
        if (who is null && routed.TouchpointId is null && Directory.FindUnknownId(question) is { } unknown)
        {
            context.NewSubject();
            CustomerAnswer.NoSuchCustomer(text, unknown, Directory);
            return new HandledTurn(ChatIntent.Customer, true);
        }
        var followUp = who is null && context.Customer is not null && QuestionText.Has(q, FollowUps.Pronouns);
        if (followUp)
        {
            (who, records) = (context.Customer, context.CustomerRecords);
        }
        if (who is null)
        {
            return null;
        }
        if (QuestionText.Has(q, " score", " rate ", " rating", " nps", " star", " give us", " gave us"))
        {
            answer.WriteScores(text, who, records);
        }
        else if (QuestionText.Has(q, "come back", "came back", " return", " again", " still ", " since "))
        {
            answer.WriteReturn(text, who, records);
        }
        else if (followUp && !QuestionText.Has(q, " say", " said", " write", " wrote", " tell", " told", " feedback"))
        {
            return null;
        }
        else
        {
            answer.Write(text, who, records);
        }
        context.NewSubject();
        (context.Customer, context.CustomerRecords) = (who, records);
        return new HandledTurn(ChatIntent.Customer, true);
    }

    private static ChurnAnswer.Kind? Churn(string q)
    {
        if (
            QuestionText.Has(
                q,
                " at risk",
                "likely to leave",
                "about to leave",
                "might leave",
                "going to leave",
                "could leave"
            )
        )
        {
            return ChurnAnswer.Kind.AtRisk;
        }
        // "How do we compare with competitors?" is about the market, not about customers leaving for one.
        if (
            QuestionText.Has(q, " switch", "go elsewhere", "going elsewhere", "went elsewhere")
            || (
                QuestionText.Has(q, "competitor")
                && QuestionText.Has(q, " leav", " los", " go ", " going", " went", " moving")
            )
        )
        {
            return ChurnAnswer.Kind.Switching;
        }
        if (
            QuestionText.Has(
                q,
                "won't come back",
                "wont come back",
                "not come back",
                "never come back",
                "never again",
                "won't return",
                "not return",
                "never return"
            )
        )
        {
            return ChurnAnswer.Kind.NeverAgain;
        }
        return QuestionText.Has(
            q,
            " leaving",
            " leave ",
            " left ",
            " churn",
            " cancel",
            "losing customers",
            "lose customers",
            "stop coming",
            "stopped coming",
            "stop buying",
            "stopped buying",
            "stop ordering",
            "stopped ordering"
        )
            ? ChurnAnswer.Kind.WhyLeaving
            : null;
    }

    private HandledTurn? Count(string q, string question, RoutedQuestion routed, StringBuilder text)
    {
        if (
            !QuestionText.Has(
                q,
                " how many ",
                " what share",
                " what percentage",
                " what percent",
                " what proportion",
                " what fraction",
                " how often",
                " how common",
                " what number of"
            )
        )
        {
            return null;
        }
        var topic = CountAnswer.Topic(question);
        var complaints = QuestionText.Has(q, CountAnswer.ComplaintCues);
        if (topic.Count == 0 && context.Topic.Count > 0)
        {
            (topic, complaints) = (context.Topic, complaints || context.TopicComplaints);
        }
        // "How many detractors / NPS answers / reviews?" is a figure the metrics answer gives, not words to look for.
        if (topic.Count == 0 || topic.All(FollowUps.MetricWords.Contains))
        {
            return null;
        }
        var touchpoint =
            routed.TouchpointId is { } id && FollowUps.NamesTouchpoint(topic, tools.Data.NameOf(id), id) ? id : null;
        new CountAnswer(tools).Write(text, topic, complaints, touchpoint);
        context.NewSubject();
        (context.Topic, context.TopicComplaints, context.Touchpoint) = (
            topic,
            complaints,
            touchpoint ?? context.Touchpoint
        );
        return new HandledTurn(ChatIntent.Count, true);
    }

    /// <summary>"Show me what they said" after a count or topic: more of the records behind it.</summary>
    private HandledTurn? FollowUpQuotes(string q, StringBuilder text)
    {
        if (
            context.Topic.Count == 0
            || !QuestionText.Has(q, FollowUps.Pronouns)
            || !QuestionText.Has(q, " say", " said", " show", " quotes", " examples", " words", " wrote", " write")
        )
        {
            return null;
        }
        var analysis = tools.Data.Analysis;
        var hits = TopicMatch.Find(analysis.Records, analysis.Annotations, context.Topic);
        if (context.TopicComplaints)
        {
            hits = [.. hits.Where(h => h.Complaint)];
        }
        text.AppendLine($"What customers say about \"{string.Join(' ', context.Topic)}\" ({hits.Count} records):");
        foreach (var c in TopicQuotes.Pick(tools.Data, tools.Citations, hits, 8, context.TopicComplaints))
        {
            text.AppendLine($"- \"{c.Quote}\" [{c.Number}]");
        }
        return new HandledTurn(ChatIntent.Search, hits.Count > 0);
    }

    /// <summary>"What do people think of our croissants?": a topic no touchpoint names, counted and quoted.</summary>
    private HandledTurn? Topic(string q, string question, RoutedQuestion routed, StringBuilder text)
    {
        if (routed.TouchpointId is not null || routed.Intent is not (ChatIntent.Search or ChatIntent.Unknown))
        {
            return null;
        }
        var phrase = FollowUps.TopicPhrase(question) ?? (routed.Intent == ChatIntent.Search ? routed.SearchText : null);
        if (phrase is null)
        {
            return null;
        }
        var topic = CountAnswer.Topic(phrase);
        if (topic.Count == 0 || topic.Count > 3)
        {
            return null;
        }
        var analysis = tools.Data.Analysis;
        var hits = TopicMatch.Find(analysis.Records, analysis.Annotations, topic);
        if (hits.Count == 0)
        {
            return null;
        }
        var complaints = QuestionText.Has(q, CountAnswer.ComplaintCues);
        new CountAnswer(tools).Write(text, topic, complaints, touchpointId: null);
        context.NewSubject();
        (context.Topic, context.TopicComplaints) = (topic, complaints);
        return new HandledTurn(ChatIntent.Search, true);
    }
}
