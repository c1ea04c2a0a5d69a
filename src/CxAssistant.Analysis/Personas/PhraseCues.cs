using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Phrases that reveal empathy-map content in the customers' own words. Offline heuristics: each match is quoted
/// verbatim, so a wrong match shows a reader an odd quote, never an invented one.
/// </summary>
internal static class PhraseCues
{
    /// <summary>
    /// Jobs stated as goals: what they set out to do ("trying to return the boots…", "needed the tent for a trip…").
    /// </summary>
    public static readonly Regex Job = Make(
        @"\b(i was |i'm |i am |we're |we were |i |we )?(trying to|tried to|"
            + @"want(ed)? to|need(ed)? to|so i (wouldn't|could|can)|just want(ed)?( "
            + @"to)?|looking for|i'm organising|organising)\b\s*"
            + @"|(^|(?<=[.!?]\s+))(needed|wanted)\s+|\b(i|we) (needed|wanted)\s+"
    );

    /// <summary>
    /// Jobs told as what they did: "ordered a birthday cake for my son", "rented a whole backpacking kit".
    /// </summary>
    public static readonly Regex JobDone = Make(
        @"(^|(?<=[.!?,]\s+)|\b(i|we) )(ordered (a|an|one|the|for)|pre-ordered|rented|booked|bought)\b\s*"
    );

    /// <summary>
    /// Thinks: beliefs, expectations, worries ("I thought the order had failed", "I'd rather you were honest").
    /// </summary>
    public static readonly Regex Thinks = Make(
        @"\b(i just want(ed)?|i thought|thought (the|it|my)|worried|nervous|i'd "
            + @"rather|i wish|wish (they|you|the)|i hope|hope (this|it)|i don't want|"
            + @"why (do|does|is|not|was|can't)|should (just|say|be)|i expected|"
            + @"expected|not (that|even) (good|mad)|who has|is doing a lot of heavy "
            + @"lifting|pointless|worth (it|every))\b"
    );

    /// <summary>
    /// Does: behaviours and workarounds ("ended up calling", "had to chase twice", "I now just walk in").
    /// </summary>
    public static readonly Regex Does = Make(
        @"\b(ended up|had to|i now|now just|gave up|buy(ing)? locally|bought "
            + @"(one|them|it|the right size)|walk(ed)? in|(i|we) (called|phoned|rang|"
            + @"emailed|chased|drove)|called (the|them|you|again|back)|emailed (you|"
            + @"them|support|twice)|chased?|chasing|following up|followed up|"
            + @"seam-sealed|sold it|kept the|order(ed)? (every|again)|every (morning|"
            + @"saturday|week)|use it every|come back|came back|rented (first|these|"
            + @"a))\b"
    );

    /// <summary>Sees: what is in front of them (screens, emails, tracking, boxes, queues).</summary>
    public static readonly Regex Sees = Make(
        @"\b(says|said '|shows?|showed|showing|saw|see|looked|displayed|banner|"
            + @"screen|page|tracking|notification|label created|calendar|board|"
            + @"unboxing|queue|email (came|said)|the app|website|sold out|price "
            + @"list)\b"
    );

    /// <summary>Hears: what staff, friends and others say to them, hold times, promises.</summary>
    public static readonly Regex Hears = Make(
        @"\b(told (me|us)|was told|were told|they said|said (it|they|delivered)|"
            + @"nobody (told|called|tells)|no one (answers|told|called)|staff (said|"
            + @"told|say|were|are)|agent|friends? (said|told|say|recommended)|word of "
            + @"mouth|reviews?|heard|recommend\w*|on hold|hold(ing)?|callback|call "
            + @"back|apologi[sz]ed|promised|customers ask)\b"
    );

    private static Regex Make(string pattern) =>
        new(
            pattern,
            RegexOptions.IgnoreCase
                | RegexOptions.CultureInvariant
                | RegexOptions.ExplicitCapture
                | RegexOptions.Compiled,
            TimeSpan.FromSeconds(1)
        );
}
