namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// A small customer-experience lexicon mapping stems to shared concepts, the only way a hashing model can
/// connect "late" with "delayed" or "refund" with "money back". Written from general CX vocabulary, not from
/// the dev set's queries; keep it small, because every entry also merges words that sometimes differ.
/// </summary>
internal static class ConceptLexicon
{
    private static readonly Dictionary<string, string> Concepts = Build(
        new()
        {
            ["delay"] =
            [
                "late",
                "delay",
                "slow",
                "wait",
                "waited",
                "overdue",
                "behind",
                "week",
                "day",
                "took",
                "still",
                "yet",
                "never",
            ],
            ["delivery"] =
            [
                "deliver",
                "delivery",
                "shipping",
                "ship",
                "shipment",
                "courier",
                "parcel",
                "package",
                "arriv",
                "dispatch",
                "tracking",
                "postage",
                "post",
            ],
            ["refund"] = ["refund", "money", "reimburs", "chargeback", "credit", "return", "exchange"],
            ["price"] =
            [
                "price",
                "expensive",
                "cost",
                "cheap",
                "pricey",
                "overpriced",
                "value",
                "fee",
                "charge",
                "charg",
                "pay",
                "paid",
            ],
            ["damage"] =
            [
                "damag",
                "broken",
                "broke",
                "crush",
                "squash",
                "smash",
                "crack",
                "torn",
                "rip",
                "ripp",
                "defect",
                "faulty",
                "wilt",
                "dead",
            ],
            ["support"] =
            [
                "support",
                "agent",
                "staff",
                "service",
                "help",
                "helpful",
                "rude",
                "friendly",
                "call",
                "phone",
                "chat",
                "email",
                "rep",
            ],
            ["quality"] =
            [
                "quality",
                "fresh",
                "stale",
                "flavour",
                "flavor",
                "taste",
                "tasty",
                "delicious",
                "durable",
                "sturdy",
                "flimsy",
                "last",
            ],
            ["size"] = ["size", "fit", "small", "large", "big", "tight", "loose", "sizing"],
            ["website"] =
            [
                "website",
                "site",
                "app",
                "checkout",
                "login",
                "password",
                "page",
                "online",
                "cart",
                "basket",
                "bug",
                "crash",
                "error",
            ],
            ["discount"] = ["discount", "code", "coupon", "promo", "voucher", "sale", "offer"],
            ["subscription"] = ["subscription", "subscrib", "cancel", "renew", "plan", "membership", "box"],
            ["happy"] =
            [
                "love",
                "great",
                "amaz",
                "excellent",
                "perfect",
                "happy",
                "beautiful",
                "wonderful",
                "fantastic",
                "recommend",
            ],
            ["unhappy"] =
            [
                "bad",
                "terrible",
                "awful",
                "disappoint",
                "worst",
                "angry",
                "frustrat",
                "annoy",
                "poor",
                "useless",
                "unhappy",
            ],
            ["gift"] = ["gift", "present", "birthday", "anniversary", "wedding", "card", "message", "note"],
            ["wrong"] = ["wrong", "missing", "mistake", "incorrect", "swap", "substitut", "forgot", "forgotten"],
        }
    );

    public static string? ConceptOf(string stem) => Concepts.GetValueOrDefault(stem);

    private static Dictionary<string, string> Build(Dictionary<string, string[]> groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (concept, stems) in groups)
        {
            foreach (var stem in stems)
            {
                map.TryAdd(FeatureStem.Of(stem), concept);
            }
        }
        return map;
    }
}
