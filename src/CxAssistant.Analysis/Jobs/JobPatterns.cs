using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// The phrases the offline extractor looks for. Goal patterns capture the customer's own job phrase in group "goal";
/// circumstance patterns capture the situation; workaround and force patterns mark whole phrases. All are
/// case-insensitive with a timeout, because customer text is untrusted.
/// </summary>
internal static class JobPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    // Compiled: these run on every record. The timeout clock also runs while a pattern's first match is jitted, which
    // took over a second on a saturated 2-core machine (load 20); 5 s still bounds a pathological input.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    // A goal phrase runs to the end of its clause.
    // A colon inside a time ("7:52") does not end it.
    private const string Clause = @"(?<goal>(?:[^.!?;:,\n()]|:(?=\d)){3,90})";

    private static Regex R(string pattern) => new(pattern, Options, Timeout);

    public static readonly IReadOnlyList<Regex> Goals =
    [
        R($@"\b(?:i|we)\s+(?:just\s+|only\s+|really\s+|simply\s+)?(?:wanted|want|needed|need|was\s+hoping|were\s+hoping)\s+to\s+{Clause}"),
        R($@"\b(?:i\s+was|we\s+were|i'm|i’m|i\s+am|we're|we\s+are|i've\s+been)?\s*trying\s+to\s+{Clause}"),
        R($@"\bso\s+(?:that\s+)?(?:i|we)\s+(?:could|can|would|wouldn't\s+have\s+to|don't\s+have\s+to|didn't\s+have\s+to)\s+{Clause}"),
        R($@"\b(?:i'm|i’m|i\s+am|we're|we\s+are)\s+(?:organising|organizing|planning)\s+{Clause}"),
        R($@"\b(?:great|good|easy|nice|best)\s+way\s+to\s+{Clause}"),
    ];

    /// <summary>
    /// Goals named by their occasion ("needed it for my daughter's birthday", "rented a kit for my first trip"); they
    /// count only when the phrase names an occasion (<see cref="Occasion"/>), so "need a printer for the label" does not.
    /// </summary>
    public static readonly IReadOnlyList<Regex> OccasionGoals =
    [
        R($@"\bneed(?:ed)?\s+(?:it|them|this|these|the\s+[\w-]+|something|a\s+[\w-]+(?:\s+[\w-]+)?)\s+for\s+{Clause}"),
        R(@"\b(?:ordered|ordering|buying|bought|booked|rented|renting|hired)\s+(?:it\s+|one\s+|this\s+|these\s+|them\s+|(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?for\s+(?<goal>(?:my|our|a|the|his|her)\s+[^.!?;:,\n()]{3,80})"),
    ];

    public static readonly Regex Occasion = R(@"\b(?:birthday|party|wedding|anniversary|celebration|trip|hike|race|camping|holiday|event|office|breakfast|lunch|picnic|fair|weekend|school|work|train|commute|family|kids|guests|colleagues|people|son|daughter|dad|mum|mom)\b");

    public static readonly IReadOnlyList<Regex> Circumstances =
    [
        R(@"\bbefore\s+(?:my|the|our)\s+(?:\d{1,2}[:.]\d{2}\s*)?(?:train|commute|shift|school\s+run|meeting|trip|race|flight)\b"),
        R(@"\bfor\s+(?:my|our|a|the)\s+(?:[\w'’-]+\s+){0,2}(?:birthday|party|wedding|anniversary|trip|race|event|picnic|fair|celebration)\b(?:\s+(?:picnic|party|on\s+the\s+\w+|(?-i:to\s+[A-Z]\w+)|that\s+weekend|next\s+weekend)){0,2}"),
        R(@"\b(?:on|for)\s+the\s+school\s+run\b"),
        R(@"\bfor\s+a\s+work\s+call\b"),
        R(@"\bwhen\s+i'?m\s+(?:working\s+from\s+home|at\s+work|travelling|on\s+the\s+go)[^.!?;,]{0,40}"),
        R(@"\b(?:by|before|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)\b"),
        R(@"\bfor\s+(?:about\s+)?(?:\d+|forty|twenty|thirty)\s+people\b"),
        R(@"\bi\s+(?:leave|'m\s+leaving|am\s+leaving)\s+for\s+\w+(?:\s+on\s+\w+)?"),
        R(@"\b(?:every\s+(?:saturday|friday|sunday|morning|weekend)|most\s+mornings|on\s+a\s+lazy\s+(?:saturday|sunday))\b"),
        R(@"\b(?:i'?m|i\s+am)\s+(?:coeliac|celiac|vegan|allergic\s+to\s+\w+)\b"),
        R(@"\b(?:with|has|have)\s+(?:a\s+)?(?:nut|gluten|dairy|egg)\s+allerg(?:y|ies)\b"),
        R(@"\bnut-free\s+(?:option|cake)\s+for\s+my\s+\w+"),
    ];

    public static readonly IReadOnlyList<WorkaroundPattern> Workarounds =
    [
        new(R(@"\b(?:ended\s+up\s+(?:calling|phoning|ringing)|phon(?:ed|ing)\s+the\s+order\s+in|easier\s+to\s+just\s+call|so\s+they\s+phoned|had\s+to\s+call|rang\s+to|ring\s+you\s+from\s+inside)"), "Phones the business to do what the self-service route cannot", ["commute-breakfast", "celebration", "group-catering"]),
        new(R(@"\b(?:walk(?:ing|ed)?\s+in\s+instead|just\s+walk(?:ing)?\s+in|started\s+(?:just\s+)?walking\s+in|gave\s+up\s+and\s+walked\s+in|now\s+just\s+walk\s+in)"), "Walks in and queues instead of arranging the order ahead", ["commute-breakfast"]),
        new(R(@"\b(?:(?:had\s+to|ended\s+up)\s+(?:buy(?:ing)?|bought)\s+(?:one|it|a\s+\w+|the\s+right\s+size)?\s*(?:locally|at\s+a\s+local|at\s+a\s+shop)|i'll\s+buy\s+locally|bought\s+the\s+right\s+size\s+at\s+a|buy\s+a\s+tent\s+locally|buying\s+the\s+right\s+size\s+at\s+a\s+local)"), "Buys the item locally when the order will not arrive or fit in time", ["trip-gear"]),
        new(R(@"\b(?:had\s+to\s+rent\s+one|ended\s+up\s+renting|have\s+to\s+rent\s+a)"), "Rents gear at the destination because the order is late", ["trip-gear"]),
        new(R(@"\b(?:seam-sealed\s+it\s+myself|fixed\s+it\s+myself|carry\s+a\s+lighter|lighter\s+it\s+is)"), "Repairs or works around a defect themselves instead of returning it", ["trip-gear"]),
        new(R(@"\b(?:ended\s+up\s+emailing|end\s+up\s+emailing|had\s+to\s+email|emailing\s+you\s+a\s+spreadsheet|emailed\s+photos)"), "Emails the business to get past a self-service step that fails", ["trip-gear", "group-catering"]),
        new(R(@"\b(?:had\s+to\s+drive\s+over|i'll\s+have\s+to\s+drive\s+over|collect\s+in\s+person\s+if\s+you\s+can|i'll\s+collect\s+next\s+time)"), "Collects in person instead of relying on delivery", ["celebration", "commute-breakfast"]),
        new(R(@"\b(?:kept\s+the\s+wrong\s+size|sold\s+it\s+on\s+marketplace|so\s+i\s+just\s+kept\s+it)"), "Keeps an item that does not fit rather than face the return", ["trip-gear"]),
        new(R(@"\b(?:go\s+to\s+the\s+library\s+to\s+print|print\s+at\s+a\s+library|emailed\s+a\s+label)"), "Finds a printer elsewhere to print a return label", ["trip-gear"]),
        new(R(@"\b(?:had\s+to\s+ask\s+twice|grabbed\s+my\s+order\s+from\s+the\s+back|wave\s+at\s+me)"), "Chases staff at the counter to find an order that should be waiting", ["commute-breakfast"]),
        new(R(@"\b(?:texting\s+me\s+at\s+10pm)"), "Texts the account manager out of hours to change quantities", ["group-catering"]),
        new(R(@"\b(?:starting\s+to\s+plan\s+around\s+your\s+delivery|order\s+early|plan\s+ahead\s+if\s+you\s+order)"), "Orders far earlier than needed to absorb unreliable delivery", ["trip-gear"]),
        new(R(@"\b(?:so\s+we\s+bought\s+instead|bought\s+instead)"), "Buys outright because gear cannot be reserved far enough ahead", ["try-before-buy"]),
    ];

    /// <summary>
    /// Words a pattern cannot match without (any one of them, ignoring case): a text with none of them is skipped
    /// without running the pattern. Only literal words every alternative of the pattern contains are listed (no "k",
    /// which the regex also matches as the Kelvin sign); patterns without such a word run on every text.
    /// </summary>
    private static readonly Dictionary<Regex, SearchValues<string>> Required = new Dictionary<Regex, string[]>
    {
        [Goals[0]] = ["want", "need", "hoping"],
        [Goals[1]] = ["trying"],
        [Goals[3]] = ["organising", "organizing", "planning"],
        [Goals[4]] = ["way"],
        [OccasionGoals[0]] = ["need"],
        [OccasionGoals[1]] = ["for"],
        [Circumstances[0]] = ["before"],
        [Circumstances[1]] = ["for"],
        [Circumstances[2]] = ["school"],
        [Circumstances[3]] = ["call"],
        [Circumstances[4]] = ["when"],
        [Circumstances[6]] = ["people"],
        [Circumstances[7]] = ["leav"],
        [Circumstances[9]] = ["coeliac", "celiac", "vegan", "allergic"],
        [Circumstances[10]] = ["allerg"],
        [Circumstances[11]] = ["nut-free"],
    }.ToDictionary(p => p.Key, p => SearchValues.Create(p.Value, StringComparison.OrdinalIgnoreCase));

    /// <summary>False when <paramref name="text"/> lacks every word <paramref name="pattern"/> requires (so it cannot match).</summary>
    public static bool MayMatch(Regex pattern, string text)
    {
        return !Required.TryGetValue(pattern, out var words) || text.AsSpan().ContainsAny(words);
    }

    public static readonly Regex Push = R(@"\b(?:missed\s+(?:my|the)\s+\w+|late\s+for\s+work|never\s+again|i'm\s+done\s+with|defeats\s+the\s+purpose|what'?s\s+the\s+point|pointless|ruined|gave\s+up|not\s+acceptable|nightmare|saga|killed\s+it|bait\s+and\s+switch|felt\s+sneaky|shouldn't\s+take\s+a\s+fight|i\s+won't\s+use|why\s+do\s+i\s+have\s+to|is\s+a\s+mess|just\s+chaos|frustrating)\b");
    public static readonly Regex Pull = R(@"\b(?:instead\s+of\s+buying|great\s+way\s+to|try\s+before|love\s+that\s+i\s+can|love\s+being\s+able\s+to|exactly\s+how\s+it\s+should\s+work|takes\s+seconds|in\s+and\s+out|ready\s+and\s+waiting|finally\s+a|rent-to-buy|is\s+genius|you\s+were\s+cheapest|own\s+van|standing-order\s+portal|more\s+of\s+that)\b");
    public static readonly Regex Anxiety = R(@"\b(?:worried|worry|nervous|not\s+sure|afraid|anxious|thought\s+the\s+order\s+(?:had\s+)?failed|thought\s+the\s+order\s+was\s+lost|don't\s+want\s+to\s+order\s+twice|almost\s+ordered\s+again|will\s+it\s+arrive|will\s+there\s+be\s+enough|will\s+pre-orders\s+actually|can\s+you\s+guarantee|which\s+of\s+your\s+things\s+are\s+actually\s+safe|did\s+it\s+go\s+through|is\s+there\s+a\s+problem)\b");
    public static readonly Regex Habit = R(@"\b(?:always(?=\s+\w)|usually(?=\s+\w)|every\s+(?:morning|saturday|friday|sunday|day|week|weekend)|most\s+mornings|my\s+usual|go-to|i\s+come\s+in|three\s+years|same\s+pair\s+again|bought\s+the\s+same\s+again)\b");
}
