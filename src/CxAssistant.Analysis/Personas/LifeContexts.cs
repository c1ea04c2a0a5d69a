using System.Text.RegularExpressions;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The offline lexicon of life contexts. Generic consumer situations, not one business's vocabulary; a context
/// only shapes a persona when it is both common in the segment and rarer elsewhere (lift), so a word every
/// customer uses ("trail" at an outdoor shop) never names a persona on its own.
/// </summary>
internal static class LifeContexts
{
    public const string Bulk = "bulk";
    public const string ForOthers = "family";
    public const string Celebration = "celebration";

    public static readonly IReadOnlyList<LifeContext> All =
    [
        Make(
            "commute",
            "Commuter",
            "commuter",
            "fits the visit around a commute or a train",
            @"\b(trains?|commut\w*|platform|before work|on my way to work|rush hour)\b"
        ),
        Make(
            ForOthers,
            "Family",
            "parent",
            "buys with or for their family",
            @"\b(kids?|kid's|kids'|son|son's|daughter|daughter's|children|child|family|little ones|mum|mom|dad)\b"
        ),
        Make(
            Celebration,
            "Celebration",
            "celebration planner",
            "orders for a celebration",
            @"\b(birthday|wedding|party|celebrations?|anniversary|christening)\b"
        ),
        Make("gift", "Gifting", "gift buyer", "buys as a gift", @"\b(gifts?|present for)\b"),
        Make(
            Bulk,
            "Office",
            "organiser",
            "orders in bulk for a team, an office or a business",
            @"\b((?<!post )office|catering|catered|colleagues|wholesale|bulk|"
                + @"invoices?|PO number|for (~|about )?\d{2,} (people|guests|staff|"
                + @"kids))\b"
        ),
        Make(
            "trip",
            "Getaway",
            "trip planner",
            "buys for a specific trip or outing",
            @"\b(trips?|trek|backpacking|camping|hik(e|es|ing)|holidays?|vacations?|getaway)\b"
        ),
        Make(
            "deadline",
            "Deadline",
            "deadline shopper",
            "needs the order by a fixed date",
            @"\b(needed (it|them|the \w+) (for|by)|in time|by (friday|thursday|"
                + @"saturday|the weekend)|next weekend|deadline)\b"
        ),
        Make(
            "remote-work",
            "Laptop",
            "remote worker",
            "works from the premises for an hour or two",
            @"\b(work from|sit and work|place to work|laptop|wi-?fi)\b"
        ),
        Make(
            "dietary",
            "Allergy-aware",
            "free-from shopper",
            "has a dietary need (allergy, gluten-free, vegan)",
            @"\b(gluten|gf|vegan|allerg\w*|nut-free|nut allergy|dairy|coeliac|celiac|sesame|cross-contamination)\b"
        ),
        Make(
            "rental",
            "Renter",
            "renter",
            "rents before (or instead of) buying",
            @"\b(rent|rental|rentals|rented|renting|rent-to-buy)\b"
        ),
        Make(
            "sizing",
            "Sizing",
            "size-swapper",
            "struggles to get the right size or fit",
            @"\b(sizes?|sizing|size guide|half size|inseam|run small|run narrow|swap \w+ for|too tight|a bit tight)\b"
        ),
        Make(
            "budget",
            "Budget",
            "value-watcher",
            "watches prices and fees closely",
            @"\b(pric(e|es|ey)|expensive|cheap(est)?|fortune|discount|afford\w*|surcharge|fees?|overpriced|steep)\b"
        ),
        Make(
            "weekend",
            "Weekend",
            "weekend regular",
            "comes at the weekend",
            @"\b(weekends?|saturdays?|sundays?|brunch)\b"
        ),
        Make(
            "newcomer",
            "Newcomer",
            "first-timer",
            "is new to the product or the activity",
            @"\b(first time|first trip|first-time|new to|beginner|my first)\b"
        ),
        Make(
            "loyal",
            "Loyal",
            "regular",
            "is a long-standing regular",
            @"\b(every (morning|day|week|saturday|sunday)|regulars?|go-to|for years|years now|every time)\b"
        ),
    ];

    /// <summary>
    /// For each record, a bit mask of the contexts whose pattern matches its text (bit k = <see cref="All"/>[k]).
    /// Features, economic buyers and roles all ask this; each text is read once, records in parallel.
    /// </summary>
    public static int[] Masks(IReadOnlyList<Core.Evidence.EvidenceRecord> records)
    {
        var masks = new int[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var text = records[i].Text;
            var mask = 0;
            for (var k = 0; k < All.Count; k++)
            {
                if (Text.RegexScan.IsMatch(All[k].Pattern, text))
                {
                    mask |= 1 << k;
                }
            }
            masks[i] = mask;
        });
        return masks;
    }

    /// <summary>The bit of a context in <see cref="Masks"/>.</summary>
    public static int Bit(string key)
    {
        for (var k = 0; k < All.Count; k++)
        {
            if (All[k].Key == key)
            {
                return 1 << k;
            }
        }
        throw new ArgumentException($"Unknown life context '{key}'.", nameof(key));
    }

    private static LifeContext Make(string key, string epithet, string noun, string description, string pattern) =>
        new(
            key,
            epithet,
            noun,
            description,
            // 5 s: the timeout clock also runs while the first match jits the compiled pattern (slow on a saturated
            // machine).
            new Regex(
                pattern,
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
                TimeSpan.FromSeconds(5)
            )
        );
}
