using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// What the matcher says when no touchpoint reaches the evidence threshold. Measured on the dev set
/// (evals/devset/TOUCHPOINTS.md): a complaint or request addressed to the company that names no touchpoint
/// ("@airline unbelievable", "can someone please get back to me?") is, far more often than not, about customer
/// service, so it goes to the catalog's customer-service touchpoint at low confidence, even when a single weak word
/// ("flight") hints elsewhere. Negations ("not", "didn't", "no") make a complaint only in a message addressed to
/// the company: in a review they are as often praise. Otherwise a text with only weak evidence keeps its weak best
/// guess, also at low confidence. Anything else (praise, chit-chat) gets nothing.
/// </summary>
internal static class Fallback
{
    public const double WeakConfidence = 0.2,
        ServiceConfidence = 0.15;

    /// <summary>Words that make a message a complaint or a request to the company on their own.</summary>
    private static readonly HashSet<string> RequestOrComplaintWords =
    [
        "help",
        "please",
        "pls",
        "plz",
        "why",
        "worst",
        "terrible",
        "awful",
        "horrible",
        "unacceptable",
        "ridiculous",
        "joke",
        "disappointed",
        "disappointing",
        "nobody",
        "fix",
        "respond",
        "answer",
        "reply",
        "waiting",
        "useless",
        "pathetic",
        "shame",
        "disgrace",
        "rude",
        "angry",
        "frustrated",
        "frustrating",
    ];

    /// <summary>
    /// Negations and the like: a complaint when said to the company (an @handle), but in a review they are as often
    /// praise ("it still didn't stink, no itch").
    /// </summary>
    private static readonly HashSet<string> AddressedComplaintWords =
    [
        "never",
        "nothing",
        "anyone",
        "someone",
        "fail",
        "sort",
        "still",
        "again",
        "seriously",
        "hate",
        "annoyed",
        "need",
        "can't",
        "cannot",
        "won't",
        "didn't",
        "doesn't",
        "not",
        "no",
    ];

    public static IReadOnlyList<TouchpointMention> Mention(
        string text,
        List<Term> terms,
        string? serviceId,
        (string Id, int Start, int End)? weakBest
    )
    {
        if (serviceId is not null && IsAddressedRequestOrComplaint(text, terms))
        {
            var (start, end) = HandleSpan(text) ?? (0, text.TrimEnd().Length);
            return [new TouchpointMention(serviceId, ServiceConfidence, start, end)];
        }
        return weakBest is { } weak ? [new TouchpointMention(weak.Id, WeakConfidence, weak.Start, weak.End)] : [];
    }

    private static bool IsAddressedRequestOrComplaint(string text, List<Term> terms)
    {
        if (text.Contains('?'))
        {
            return true;
        }
        var addressed = HandleSpan(text) is not null;
        foreach (var term in terms)
        {
            if (
                RequestOrComplaintWords.Contains(term.Word)
                || (addressed && AddressedComplaintWords.Contains(term.Word))
            )
            {
                return true;
            }
        }
        return addressed && terms.Count >= 3;
    }

    /// <summary>The first @handle ("@united"), which is what makes a social post a message to the company.</summary>
    private static (int Start, int End)? HandleSpan(string text)
    {
        var at = text.IndexOf('@');
        if (at < 0 || at + 1 >= text.Length || !char.IsLetterOrDigit(text[at + 1]))
        {
            return null;
        }
        var end = at + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }
        return (at, end);
    }
}
