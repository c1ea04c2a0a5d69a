using System.Collections.Frozen;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Annotators;

/// <summary>The first span of each kind of intent cue in a text (intents.txt), null when absent.</summary>
internal sealed record IntentCues(
    (int Start, int End)? Suggestion,
    (int Start, int End)? Help,
    (int Start, int End)? WeakHelp,
    (int Start, int End)? Ask,
    (int Start, int End)? Question,
    (int Start, int End)? Complaint,
    (int Start, int End)? Praise,
    (int Start, int End)? Imperative
)
{
    private static readonly FrozenSet<string> RequestVerbs = FrozenSet.ToFrozenSet(
        [
            "cancel",
            "change",
            "update",
            "delete",
            "close",
            "send",
            "refund",
            "unsubscribe",
            "reset",
            "add",
            "remove",
            "modify",
            "edit",
            "switch",
            "book",
            "upgrade",
            "downgrade",
            "create",
            "open",
            "register",
            "sign",
            "subscribe",
            "track",
            "check",
            "show",
            "give",
            "get",
            "help",
            "fix",
            "call",
            "contact",
            "email",
            "dm",
            "tell",
            "let",
            "transfer",
            "unlock",
            "replace",
            "exchange",
            "return",
            "put",
            "connect",
            "find",
            "locate",
            "list",
            "set",
            "swap",
            "buy",
            "order",
            "start",
            "stop",
            "end",
            "activate",
            "deactivate",
            "reset",
            "recover",
            "restore",
        ],
        StringComparer.Ordinal
    );

    /// <summary>
    /// True when the text asks for something: a request phrase, a question, or an imperative opening.
    /// </summary>
    public bool IsRequest =>
        Help is not null || WeakHelp is not null || Ask is not null || Question is not null || Imperative is not null;

    public static IntentCues Find(TextAnalysis a)
    {
        (int, int)? suggestion = null,
            help = null,
            weakHelp = null,
            ask = null,
            question = null,
            complaint = null,
            praise = null;
        foreach (var m in Lexicons.Intents.Match(a))
        {
            var span = a.Span(m.Start, m.End);
            foreach (var label in m.Value)
            {
                switch (label)
                {
                    case "suggestion":
                        suggestion ??= span;
                        break;
                    case "help":
                        help ??= span;
                        break;
                    case "weakhelp":
                        weakHelp ??= span;
                        break;
                    case "ask":
                        ask ??= span;
                        break;
                    case "question" when IsQuestionOpener(a, m.Start):
                        question ??= span;
                        break;
                    case "complaint":
                        complaint ??= span;
                        break;
                    case "praise":
                        praise ??= span;
                        break;
                }
            }
        }
        var mark = a.Text.IndexOf('?');
        if (question is null && mark >= 0)
        {
            question = (mark, mark + 1);
        }
        return new IntentCues(suggestion, help, weakHelp, ask, question, complaint, praise, ImperativeOpening(a));
    }

    /// <summary>
    /// Words that cannot follow a command: after them the request verb is a noun or a description ("Check in took an
    /// hour", "and get very small", "Close by the station"), not an order to the business.
    /// </summary>
    private static readonly FrozenSet<string> Description = FrozenSet.ToFrozenSet(
        ["very", "so", "too", "quite", "really", "was", "were", "is", "are", "took", "takes", "had", "has"],
        StringComparer.Ordinal
    );

    /// <summary>
    /// "Cancel my order", "@shop send me the invoice": a request verb opening a sentence, with an object.
    /// </summary>
    private static (int, int)? ImperativeOpening(TextAnalysis a)
    {
        for (var i = 0; i < a.Count; i++)
        {
            if (a.Kinds[i] != TokenKind.Word || !RequestVerbs.Contains(a.Words[i]))
            {
                continue;
            }
            if (Describes(a, i))
            {
                continue;
            }
            if (IsQuestionOpener(a, i) || i > 0 && a.Words[i - 1] is "please" or "pls" or "kindly")
            {
                return a.Span(i, i + 1);
            }
        }
        return null;
    }

    /// <summary>
    /// The verb at <paramref name="i"/> describes rather than asks: a description word follows it, directly or after a
    /// particle ("check in was slow"), or it is "close" saying where ("Close to the metro", "close by").
    /// </summary>
    private static bool Describes(TextAnalysis a, int i)
    {
        string? Word(int k) => k < a.Count && a.Kinds[k] == TokenKind.Word ? a.Words[k] : null;
        var next = Word(i + 1);
        if (next is null)
        {
            return false;
        }
        if (Description.Contains(next))
        {
            return true;
        }
        if (a.Words[i] == "close" && next is "to" or "by")
        {
            return true;
        }
        return next is "in" or "out" or "up" && Word(i + 2) is { } after && Description.Contains(after);
    }

    /// <summary>
    /// Question words count at the start of a sentence (after an @handle), not mid-clause ("that's what I wanted").
    /// </summary>
    private static bool IsQuestionOpener(TextAnalysis a, int i)
    {
        var k = i - 1;
        while (k >= 0 && a.Kinds[k] == TokenKind.Word && a.Starts[k] > 0 && a.Text[a.Starts[k] - 1] == '@')
        {
            k--;
        }
        return k < 0 || a.IsPunctuation(k) || a.Words[k] is "so" or "and" or "also" or "hi" or "hello" or "hey";
    }
}
