using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// The touchpoint types the remedy catalogue is keyed on (delivery, returns, checkout, support, pickup, app, booking,
/// food…), read from a touchpoint's id, name, description and keywords so user catalogs work without extra fields.
/// </summary>
public static class TouchpointKinds
{
    private static readonly (string Kind, string[] Words)[] Vocabulary =
    [
        ("returns", ["return", "refund", "exchange", "restocking"]),
        ("delivery", ["deliver", "shipping", "shipped", "carrier", "courier", "dispatch", "transit", "takeaway"]),
        ("checkout", ["checkout", "payment", "cart", "basket", "billing", "pay"]),
        (
            "support",
            [
                "support",
                "customer service",
                "customer-service",
                "agent",
                "callback",
                "helpdesk",
                "call centre",
                "contact centre",
                "hold time",
            ]
        ),
        ("pickup", ["pickup", "pick-up", "collect", "pre-order", "takeaway", "click and collect"]),
        ("app", ["app", "website", "online", "portal", "login", "account"]),
        ("booking", ["booking", "reservation", "reserve", "appointment"]),
        ("food", ["food", "dish", "menu", "kitchen", "taste", "drink", "coffee", "bakery", "dining", "buffet"]),
        ("product", ["quality", "product", "warranty", "durab", "defect"]),
        ("staff", ["staff", "attitude", "waiter", "friendl"]),
        ("price", ["price", "value", "fee", "cost", "charge"]),
        ("wait", ["wait", "queue"]),
        ("communication", ["email", "confirmation", "notification", "tracking", "newsletter", "sms"]),
        ("loyalty", ["loyalty", "reward", "member", "points"]),
        // Types that tell kinds of business apart, for remedies gated by business_has: lodging has rooms and a
        // check-in,
        // a dine-in restaurant tables, a repair or local service quotes, software bugs and updates, a bank transfers,
        // a travel operator disruptions, baggage, boarding and on board.
        ("room", ["bed", "beds", "bedroom", "bathroom", "shower", "mattress"]),
        ("checkin", ["check-in", "check-out", "front desk", "reception", "key card"]),
        ("noise", ["noise", "noisy", "sleep", "quiet"]),
        ("housekeeping", ["housekeeping", "clean", "tidy", "linen", "towel"]),
        ("table", ["table", "waiter", "waitress", "seating", "seated"]),
        ("quote", ["quote", "quotation", "estimate"]),
        ("punctuality", ["punctual", "on time", "no-show", "turned up", "showed up", "running late"]),
        ("workmanship", ["quality of work", "workmanship", "repair", "technician"]),
        ("bugs", ["bug", "reliab", "crash", "outage", "uptime", "error"]),
        ("performance", ["performance", "slow", "speed", "load time", "latency"]),
        ("updates", ["release", "update", "changelog", "new version", "upgrade"]),
        ("login", ["login", "log in", "sign in", "sign-in", "password", "two-factor"]),
        ("card", ["card", "cards"]),
        ("security", ["fraud", "scam", "security", "dispute", "unauthorised", "unauthorized"]),
        ("transfer", ["transfer", "payee", "standing order", "direct debit", "wire"]),
        ("banking", ["bank", "overdraft", "cash machine", "branch", "statement", "interest rate"]),
        // A venue customers use (a gym floor, a clinic's rooms): where crowding and broken kit are fixed.
        ("premises", ["premises", "equipment", "changing room"]),
        // A travel operator's journey: disrupted departures, bags, the airport or station, and on board.
        (
            "disruption",
            [
                "flight delay",
                "late departure",
                "cancelled flight",
                "canceled flight",
                "missed connection",
                "rebooking",
                "tarmac",
            ]
        ),
        ("baggage", ["baggage", "luggage", "suitcase"]),
        ("boarding", ["boarding", "bag drop", "security line", "check-in desk", "check-in kiosk"]),
        // Not "onboard": words match at a word start, and software has "onboarding".
        ("onboard", ["in-flight", "inflight", "cabin crew", "legroom", "on board the"]),
    ];

    /// <summary>Every type this vocabulary can assign.</summary>
    public static IReadOnlySet<string> Known { get; } =
        Vocabulary.Select(v => v.Kind).ToHashSet(StringComparer.Ordinal);

    /// <summary>The types of all the catalog's touchpoints together: what kind of things this business does.</summary>
    public static IReadOnlySet<string> OfBusiness(TouchpointCatalog catalog) =>
        catalog.Touchpoints.SelectMany(t => Of(t, t.Id)).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Of(Touchpoint? touchpoint, string touchpointId)
    {
        var text = Normalise(
            string.Join(
                ' ',
                touchpoint is null
                    ? [touchpointId]
                    : [touchpoint.Id, touchpoint.Name, touchpoint.Description, .. touchpoint.Keywords]
            )
        );
        // Words match at a word start ("app" in "apps", not in "happy").
        return Vocabulary
            .Where(v => v.Words.Any(w => text.Contains(" " + Normalise(w).Trim(), StringComparison.Ordinal)))
            .Select(v => v.Kind)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string Normalise(string text) =>
        " " + new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]) + " ";
}
