using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Chat.Offline;

/// <summary>
/// Routes an owner's question to an intent with ordered keyword rules (most specific first) and recognises the
/// touchpoint, segment and period it names from the analysis itself (catalog names and keywords, metadata values,
/// months present in the data). Deterministic; the question is only read, never executed or echoed as markup.
/// </summary>
public sealed partial class IntentRouter(ChatData data)
{
    private static readonly string[] Months =
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];

    /// <summary>Routes one question.</summary>
    public RoutedQuestion Route(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var q = " " + Normalise(question) + " ";
        var touchpoint = FindTouchpoint(q);
        var (segment, field) = FindSegment(q);
        var period = FindPeriod(q, question);
        var byMonth = Has(
            q,
            "by month",
            "per month",
            "each month",
            "monthly",
            "over time",
            "trend",
            "month by month",
            "month over month"
        );
        var routed = new RoutedQuestion(question, ChatIntent.Unknown, touchpoint, segment, field, period, byMonth);

        if (OutOfScope(q) is { } reason)
        {
            return routed with { Reason = reason };
        }
        if (Has(q, " help ", "what can you do", "what can i ask", "what do you know", "how do i use"))
        {
            return routed with { Intent = ChatIntent.Help };
        }
        if (
            Has(
                q,
                "what if",
                "what would happen",
                "would nps",
                "would my nps",
                "would our nps",
                "how much would",
                "if we fixed",
                "if we fix",
                "if i fixed",
                "if i fix",
                "if we improved",
                "if we improve",
                "reached the median",
                "got to the median"
            )
        )
        {
            return routed with { Intent = ChatIntent.WhatIf };
        }
        if (
            Has(q, "nps", "net promoter", "score", "satisfaction", "loyalty")
            && Has(q, "drop", "fell", "fall", "fallen", "down", "declin", "decreas", "worse", "lower", "dip")
        )
        {
            return routed with { Intent = ChatIntent.NpsDrop };
        }
        if (
            Has(
                q,
                "hypothes",
                "experiment",
                "what should we try",
                "what should i try",
                "ideas",
                "backlog",
                "how can i fix",
                "how can we fix",
                "how do i fix",
                "how do we fix",
                "how should we fix",
                "how should i fix",
                "how can we improve",
                "how can i improve",
                "how do i improve",
                "how do we improve"
            )
        )
        {
            return routed with { Intent = ChatIntent.Hypotheses };
        }
        if (
            Has(
                q,
                "fix first",
                "prioriti",
                "should i fix",
                "should we fix",
                "focus",
                "work on first",
                "start with",
                "most important to fix",
                "biggest impact",
                "to do list",
                "to-do",
                "top priority",
                "fix next"
            )
        )
        {
            return routed with { Intent = ChatIntent.FixFirst };
        }
        if (
            Has(
                q,
                "persona",
                "who are my customers",
                "who are our customers",
                "customer types",
                "types of customers",
                "kinds of customers",
                "empathy map"
            )
        )
        {
            return routed with { Intent = ChatIntent.Personas };
        }
        if (
            Has(
                q,
                "job to be done",
                "jobs to be done",
                "jtbd",
                " jobs ",
                " job ",
                "trying to get done",
                "opportunit",
                "desired outcome",
                "underserved",
                "unmet need"
            )
        )
        {
            return routed with { Intent = ChatIntent.Jobs };
        }
        if (
            Has(
                q,
                "annoy",
                "complain",
                "frustrat",
                "angry",
                "upset",
                "hate",
                "worst",
                "unhappy",
                "pain point",
                "problems",
                "biggest issue",
                "biggest problem",
                "what is wrong",
                "what's wrong",
                "bother",
                "dislike"
            )
        )
        {
            // "What annoys customers about delivery?" wants the complaints, not the touchpoint's best quotes.
            return routed with
            {
                Intent = touchpoint is null ? ChatIntent.Annoyances : ChatIntent.Touchpoint,
                Sentiment = touchpoint is null ? null : "negative",
            };
        }
        if (
            Has(
                q,
                " love",
                " like most",
                "happy about",
                "delight",
                "praise",
                "what do we do well",
                "what are we good at",
                "doing well",
                "best thing",
                "strength"
            )
        )
        {
            return routed with { Intent = ChatIntent.Loves };
        }
        if (
            segment is not null
            && Has(q, " rate", " score", " members", "customers in", "nps", "csat", "happy", "satisfied")
        )
        {
            return routed with { Intent = ChatIntent.Metrics };
        }
        if (
            Has(
                q,
                " nps",
                "net promoter",
                "csat",
                " ces ",
                "effort score",
                "satisfaction score",
                "metrics",
                "rating",
                "promoters",
                "detractors"
            ) || (field is not null && Has(q, " by ", " per ", "each", "compare"))
        )
        {
            return routed with { Intent = ChatIntent.Metrics };
        }
        if (
            Has(
                q,
                " say",
                " said",
                "mention",
                "talk about",
                "talking about",
                "feedback on",
                "feedback about",
                "comments",
                "quotes",
                "show me",
                "tell me about",
                "what about",
                "examples",
                "reviews about",
                "complaints about"
            )
        )
        {
            return routed with
            {
                Intent = touchpoint is null ? ChatIntent.Search : ChatIntent.Touchpoint,
                SearchText = SearchWords(q),
            };
        }
        if (touchpoint is not null)
        {
            return routed with { Intent = ChatIntent.Touchpoint };
        }
        // "How is the wifi?" names a topic the catalog lacks: show what people say about it.
        var topic = Regex.Match(q, @"^\s*(?:how is|how are|how's|what about)\s+(?:the\s+|our\s+|my\s+)?(.+)$");
        if (topic.Success)
        {
            return routed with
            {
                Intent = ChatIntent.Search,
                SearchText = topic.Groups[1].Value.Trim(' ', '?', '.', '!'),
            };
        }
        return routed with { Reason = "I could not match it to the questions I answer offline." };
    }

    /// <summary>Questions that need a model, a forecast or data the workspace does not hold.</summary>
    private static string? OutOfScope(string q)
    {
        if (
            Has(q, "forecast", "predict", "will my nps", "will our nps", "will nps", "in the future")
            || (Has(q, " will ") && Has(q, "next year", "next quarter", "next month"))
        )
        {
            return "Offline mode does not forecast; it reports what the feedback shows.";
        }
        if (Has(q, "competitor", "competition", "industry average", "benchmark against", "other shops", "market share"))
        {
            return "The workspace holds only your own customers' feedback, so I cannot "
                + "compare you with competitors or the market.";
        }
        if (Has(q, "write ", "draft ", "compose", "translate", "reply to", "respond to", "email to", "poem", "slogan"))
        {
            return "Writing new text needs a language model; offline mode only answers from the analysis.";
        }
        if (Has(q, "revenue", "profit", "salary", "stock", "weather", "employees", "staff schedule"))
        {
            return "That is not in the customer feedback this workspace holds.";
        }
        return null;
    }

    private string? FindTouchpoint(string q)
    {
        // Longest name or keyword first so "order confirmation emails" beats "email". A discovered theme answers to its
        // name only: its keywords are phrases mined from records (a sub-theme such as "tent"), not words an owner uses to
        // name an area, and would take a question about a product away from search.
        var candidates = data
            .Analysis.Catalog.Touchpoints.SelectMany(t =>
                new[] { t.Name, t.Id.Replace('-', ' ') }
                    .Concat(t.Origin == TouchpointOrigin.Discovered ? [] : t.Keywords)
                    .Select(k => (Touchpoint: t, Key: Normalise(k)))
            )
            .Concat(
                data.Analysis.Catalog.Touchpoints.SelectMany(t =>
                    NameWords(t.Name).Select(w => (Touchpoint: t, Key: w))
                )
            )
            .Where(c => c.Key.Length >= 3)
            .OrderByDescending(c => c.Key.Length);
        foreach (var (touchpoint, key) in candidates)
        {
            if (Regex.IsMatch(q, @"\b" + Regex.Escape(key) + @"(s|es)?\b"))
            {
                return touchpoint.Id;
            }
        }
        return null;
    }

    private static IEnumerable<string> NameWords(string name) =>
        Normalise(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 5 && w is not "customer" and not "product" and not "order");

    private (string? Segment, string? Field) FindSegment(string q)
    {
        string? segment = null,
            field = null;
        foreach (var s in data.Analysis.Scoring.Segments.OrderByDescending(s => s.Value.Length))
        {
            var value = Normalise(s.Value);
            if (
                segment is null
                && value.Length >= 3
                && !value.Any(char.IsDigit)
                && Regex.IsMatch(q, @"\b" + Regex.Escape(value) + @"\b")
            )
            {
                segment = s.Field + "=" + s.Value;
            }
            var name = Normalise(s.Field.Replace('_', ' '));
            if (field is null && Regex.IsMatch(q, @"\b" + Regex.Escape(name) + @"s?\b"))
            {
                field = s.Field;
            }
            if (
                field is null
                && name.Split(' ').Length > 1
                && Regex.IsMatch(q, @"\b" + Regex.Escape(name.Split(' ')[^1]) + @"s?\b")
            )
            {
                field = s.Field;
            }
        }
        return (segment, field);
    }

    /// <summary>
    /// A month named in the question ("september", "2026-09", "last month" = the latest month in the data).
    /// </summary>
    private string? FindPeriod(string q, string raw)
    {
        var iso = IsoMonth().Match(raw);
        if (iso.Success)
        {
            return iso.Value;
        }
        var months = data
            .Analysis.Records.Where(r => r.Timestamp is not null)
            .Select(r => r.Timestamp!.Value.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        if (months.Count == 0)
        {
            return null;
        }
        if (Has(q, "last month", "latest month", "this month", "recent month"))
        {
            return months[^1];
        }
        for (var m = 0; m < Months.Length; m++)
        {
            if (
                Regex.IsMatch(q, @"\b(" + Months[m] + "|" + Months[m][..3] + @")\b")
                && !(m == 4 && !q.Contains(" in may", StringComparison.Ordinal))
            )
            {
                return months.LastOrDefault(x =>
                    x.EndsWith("-" + (m + 1).ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                );
            }
        }
        return null;
    }

    private static string SearchWords(string q)
    {
        var about = Regex.Match(q, @"\b(?:about|on|regarding|re)\s+(.+)$");
        var text = about.Success ? about.Groups[1].Value : q;
        return text.Trim(' ', '?', '.', '!');
    }

    private static bool Has(string q, params string[] needles) =>
        needles.Any(n => q.Contains(n, StringComparison.Ordinal));

    private static string Normalise(string text) =>
        Regex
            .Replace(text.ToLowerInvariant().Replace('’', '\'').Replace('&', ' '), @"[^\p{L}\p{N}'\- ]+", " ")
            .Replace('-', ' ')
            .Trim();

    [GeneratedRegex(@"\b20\d\d-(0[1-9]|1[0-2])\b")]
    private static partial Regex IsoMonth();
}
