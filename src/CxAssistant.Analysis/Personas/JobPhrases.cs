using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Rewrites a customer's own clause into a job ("I was trying to return the boots for a half size up" →
/// "Return the boots for a half size up"): only the lead words change, the rest stays theirs.
/// </summary>
internal static class JobPhrases
{
    private static readonly (Regex Lead, string Replacement)[] Rewrites =
    [
        (Make(@"^(i was |i'm |i am |we're |we were |i |we )"), ""),
        (Make(@"^(just )?(trying to|tried to|wanted to|want to|needed to|need to)\s+"), ""),
        (Make(@"^just want(ed)?\s+"), "Get "),
        (Make(@"^(needed|wanted)\s+"), "Get "),
        (Make(@"^so i wouldn't\s+"), "Not "),
        (Make(@"^so i (could|can)\s+"), ""),
        (Make(@"^looking for\s+"), "Find "),
        (Make(@"^(i'm )?organising\s+"), "Organise "),
        (Make(@"^pre-ordered\s+"), "Pre-order "),
        (Make(@"^ordered\s+"), "Order "),
        (Make(@"^rented\s+"), "Rent "),
        (Make(@"^booked\s+"), "Book "),
        (Make(@"^bought\s+"), "Buy "),
    ];

    public static string? ToJob(string clause)
    {
        var job = clause.Trim();
        foreach (var (lead, replacement) in Rewrites)
        {
            job = lead.Replace(job, replacement, 1);
        }
        job = job.Trim();
        // "which I needed for the trip" → "Get for the trip": the object is missing, so it is no job statement.
        if (
            job.StartsWith("Get ", StringComparison.Ordinal)
            && job.Split(' ')[1].ToLowerInvariant() is var next
            && (
                next
                    is "for"
                        or "to"
                        or "by"
                        or "in"
                        or "on"
                        or "at"
                        or "it"
                        or "came"
                        or "was"
                        or "is"
                        or "were"
                        or "went"
                || next.EndsWith("ed", StringComparison.Ordinal)
            )
        )
        {
            return null;
        }
        // "I want to complain about…", "I wanted to check…": talk about the conversation, not the job.
        if (
            job.Split(' ', 2)[0].ToLowerInvariant()
            is "complain"
                or "say"
                or "ask"
                or "tell"
                or "thank"
                or "check"
                or "know"
                or "speak"
                or "talk"
                or "let"
                or "mention"
                or "report"
                or "raise"
        )
        {
            return null;
        }
        return job.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 ? null : Sentences.Capitalise(job);
    }

    private static Regex Make(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
