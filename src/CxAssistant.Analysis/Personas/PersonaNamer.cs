using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Names a persona from its traits: an epithet from the most distinctive trait that has one (a life context found in
/// the segment's own words, "Nurse", "Commute"; a metadata value, "Gold"), an alliterative first name not used by another card ("Commuter Clara"), and a tag from the next
/// trait and a noun ("— the takeaway commuter"). Deterministic: same traits, same order, same names. A first name that
/// a record mentions is never given to a persona: a made-up "Priya" next to a real customer Priya would read as her.
/// </summary>
internal sealed class PersonaNamer(TouchpointCatalog catalog, LifeContexts contexts, IEnumerable<string?>? texts = null)
{
    private static readonly string[] FirstNames =
    [
        "Alex",
        "Amara",
        "Bella",
        "Ben",
        "Clara",
        "Colin",
        "Dana",
        "Dev",
        "Ella",
        "Eli",
        "Fiona",
        "Felix",
        "Grace",
        "Gus",
        "Hannah",
        "Hugo",
        "Iris",
        "Ivan",
        "Jade",
        "Jon",
        "Kira",
        "Kai",
        "Lena",
        "Leo",
        "Maya",
        "Max",
        "Nora",
        "Nate",
        "Olivia",
        "Oscar",
        // Not "Priya": the privacy tests plant that name as a customer's, and a made-up persona of the same name would
        // be a false alarm in every scan of what leaves the machine.
        "Petra",
        "Pete",
        "Quinn",
        "Quentin",
        "Rosa",
        "Ravi",
        "Sofia",
        "Sam",
        "Tessa",
        "Theo",
        "Uma",
        "Umar",
        "Vera",
        "Vic",
        "Wendy",
        "Will",
        "Xena",
        "Xavier",
        "Yara",
        "Yusuf",
        "Zoe",
        "Zac",
    ];

    // First words of touchpoint names that say nothing about a person.
    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Customer",
        "Order",
        "General",
        "Other",
        "Product",
        "Staff",
        "Service",
        "Website",
        "Online",
    };

    private readonly HashSet<string> _usedFirst = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _mentioned = Mentioned(texts);
    private readonly HashSet<string> _usedEpithets = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="traits">Distinctive traits, most distinctive first.</param>
    /// <param name="dominantIntent">What most of the segment does with its messages, for segments without a strong
    /// trait.</param>
    public string Name(IReadOnlyList<SegmentTrait> traits, Intent dominantIntent = Intent.None)
    {
        // An epithet must describe most of the segment (a context, a strong minority of 30%).
        var epithetTrait = traits.FirstOrDefault(t =>
            t.SegmentShare >= (t.Kind == FeatureKinds.Context ? 0.3 : 0.45)
            && Epithet(t) is { } e
            && !_usedEpithets.Contains(e)
        );
        var epithet = epithetTrait is null ? Fallback(dominantIntent) : Epithet(epithetTrait)!;
        _usedEpithets.Add(epithet);
        var first = FirstName(epithet);
        // The noun completes the person: the epithet's own context ("Office … organiser"), else another strong context.
        var noun = (epithetTrait?.Kind == FeatureKinds.Context ? ContextNoun(epithetTrait) : null)
            ?? traits
                .Where(t => t.Kind == FeatureKinds.Context && t.SegmentShare >= 0.25)
                .Select(ContextNoun)
                .FirstOrDefault()
            ?? Noun(traits);
        // A field split between two values ("North branch" 44%, "South branch" 42%) describes no one in particular.
        var split = traits
            .Where(t => t.Kind == FeatureKinds.Metadata)
            .GroupBy(t => t.Field)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet();
        var qualifier = traits
            .Where(t => t != epithetTrait && t.Kind is not FeatureKinds.Context && !split.Contains(t.Field))
            .OrderBy(t => QualifierRank(t.Kind))
            .Select(Qualifier)
            .FirstOrDefault(q => q is not null && !SharesWord(q, noun) && !SharesWord(q, epithet));
        return $"{epithet} {first} — the {(qualifier is null ? "" : qualifier + " ")}{noun}";
    }

    // Who they are (metadata) reads better in a tag than where they went (touchpoint) or how they wrote (channel).
    private static int QualifierRank(string kind) =>
        kind switch
        {
            FeatureKinds.Metadata => 0,
            FeatureKinds.Pain => 1,
            FeatureKinds.Channel => 2,
            _ => 3,
        };

    private static bool SharesWord(string a, string b)
    {
        var words = b.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return a.ToLowerInvariant()
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Any(w => w.Length > 2 && words.Contains(w));
    }

    private string Fallback(Intent intent)
    {
        // Only a clear mood names a leftover segment; otherwise it is the everyday customer.
        var byIntent = intent switch
        {
            Intent.Complaint => "Frustrated",
            Intent.Praise => "Happy",
            _ => null,
        };
        foreach (var e in new[] { byIntent, "Everyday", "Steady", "Casual", "Occasional", "Quiet" })
        {
            if (e is not null && !_usedEpithets.Contains(e))
            {
                return e;
            }
        }
        return "Customer " + (_usedEpithets.Count + 1).ToString(CultureInfo.InvariantCulture);
    }

    private string FirstName(string epithet)
    {
        var letter = char.ToUpperInvariant(epithet[0]);
        // Alliterative and unmentioned, else unmentioned, else (data that names nearly everyone) alliterative, else any.
        var name = FirstNames.FirstOrDefault(n => n[0] == letter && !_usedFirst.Contains(n) && !_mentioned.Contains(n))
            ?? FirstNames.FirstOrDefault(n => !_usedFirst.Contains(n) && !_mentioned.Contains(n))
            ?? FirstNames.FirstOrDefault(n => n[0] == letter && !_usedFirst.Contains(n))
            ?? FirstNames.FirstOrDefault(n => !_usedFirst.Contains(n))
            ?? FirstNames[_usedFirst.Count % FirstNames.Length];
        _usedFirst.Add(name);
        return name;
    }

    // The list's first names that the records write as a word, capitalised as a name ("Priya", not "will").
    private static HashSet<string> Mentioned(IEnumerable<string?>? texts)
    {
        var names = new HashSet<string>(FirstNames, StringComparer.Ordinal);
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts ?? [])
        {
            var rest = (text ?? string.Empty).AsSpan();
            while (!rest.IsEmpty && found.Count < names.Count)
            {
                var start = 0;
                while (start < rest.Length && !char.IsLetter(rest[start]))
                {
                    start++;
                }
                var end = start;
                while (end < rest.Length && char.IsLetter(rest[end]))
                {
                    end++;
                }
                var word = rest[start..end];
                if (word.Length > 1 && char.IsUpper(word[0]) && lookup.Contains(word))
                {
                    found.Add(word.ToString());
                }
                rest = rest[end..];
            }
        }
        return found;
    }

    private string? Epithet(SegmentTrait t) =>
        t.Kind switch
        {
            FeatureKinds.Context => contexts.Find(t.Value)?.Epithet,
            FeatureKinds.Metadata when t.Value.StartsWith("high (", StringComparison.Ordinal) => "Big-basket",
            FeatureKinds.Metadata when t.Value.StartsWith("low (", StringComparison.Ordinal) => "Small-basket",
            FeatureKinds.Metadata when t.Value.StartsWith("mid (", StringComparison.Ordinal) => null,
            FeatureKinds.Metadata when IsEmptyValue(t.Value) => IsMembershipField(t.Field) ? "Non-member" : null,
            FeatureKinds.Metadata when t.Value.Length <= 16 && t.Value.Any(char.IsLetter) => TitleWord(t.Value),
            FeatureKinds.Touchpoint => TitleWord(TouchpointName(t.Value)) is var w && !GenericWords.Contains(w)
                ? w
                : null,
            FeatureKinds.Pain => PainEpithet(t.Value),
            FeatureKinds.Nps => t.Value switch
            {
                "promoter" => "Devoted",
                "detractor" => "Disappointed",
                _ => null,
            },
            FeatureKinds.Channel => t.Value switch
            {
                "social" or "other" => "Social",
                "review" => "Reviewer",
                "support-call" => "Phone-first",
                "chat" => "Chat-first",
                "email" => "Email-first",
                "sales-note" => "Account",
                _ => null,
            },
            _ => null,
        };

    private string? Qualifier(SegmentTrait t) =>
        t.Kind switch
        {
            FeatureKinds.Metadata when t.Value.StartsWith("high (", StringComparison.Ordinal) => "big-basket",
            FeatureKinds.Metadata when t.Value.StartsWith("low (", StringComparison.Ordinal) => "small-basket",
            FeatureKinds.Metadata when t.Value.StartsWith("mid (", StringComparison.Ordinal) => null,
            FeatureKinds.Metadata when t.Value.Length <= 20 => MetadataQualifier(t),
            FeatureKinds.Touchpoint => TouchpointName(t.Value).ToLowerInvariant(),
            FeatureKinds.Pain => PainQualifier(t.Value),
            FeatureKinds.Channel => t.Value switch
            {
                "social" or "other" => "social-media",
                "review" => "review-writing",
                "support-call" => "phone-calling",
                "chat" => "chatting",
                "email" => "emailing",
                "survey" => "survey-answering",
                _ => null,
            },
            _ => null,
        };

    private static string? MetadataQualifier(SegmentTrait t) =>
        IsMembershipField(t.Field) ? (IsEmptyValue(t.Value) ? "non-member" : t.Value.ToLowerInvariant() + "-tier")
        : IsEmptyValue(t.Value) ? null
        : char.IsUpper(t.Value[0]) ? t.Value
        : t.Value.ToLowerInvariant();

    private static bool IsMembershipField(string field) =>
        field.Contains("tier", StringComparison.OrdinalIgnoreCase)
        || field.Contains("plan", StringComparison.OrdinalIgnoreCase)
        || field.Contains("member", StringComparison.OrdinalIgnoreCase)
        || field.Contains("loyalty", StringComparison.OrdinalIgnoreCase);

    // "none", "n/a", "unknown"… say nothing about a person and must never become a name ("None Nora").
    private static bool IsEmptyValue(string value) =>
        value.Trim().ToLowerInvariant()
            is "none"
                or "no"
                or "n/a"
                or "na"
                or "null"
                or "unknown"
                or "other"
                or "-"
                or "—"
                or "";

    private string ContextNoun(SegmentTrait t) => contexts.Find(t.Value)?.Noun ?? "customer";

    private static string Noun(IReadOnlyList<SegmentTrait> traits) =>
        traits.Any(t => t is { Kind: FeatureKinds.Nps, Value: "promoter", SegmentShare: >= 0.5 }) ? "fan"
        : traits.Any(t => t is { Kind: FeatureKinds.Activity, Value: "repeat", SegmentShare: >= 0.5 }) ? "regular"
        : traits.Any(t => t is { Kind: FeatureKinds.Channel, Value: "sales-note" }) ? "account"
        : traits.Any(t => t is { Kind: FeatureKinds.Channel, Value: "social" or "other" })
        && !traits.Any(t => t.Kind == FeatureKinds.Activity)
            ? "one-off commenter"
        : "customer";

    private string TouchpointName(string id) => catalog.Find(id)?.Name ?? id.Replace('-', ' ');

    private static string TitleWord(string value)
    {
        var word = value.Split([' ', '&', '/', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? value;
        return word.Length == 0 ? value : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
    }

    private static string? PainEpithet(string pain) =>
        pain switch
        {
            PainKind.LongWait => "Waiting",
            PainKind.HiddenFee => "Fee-wary",
            PainKind.NoUpdate => "Uninformed",
            PainKind.RepeatContact => "Chasing",
            PainKind.Defect => "Let-down",
            PainKind.Price => "Budget",
            PainKind.Confusing => "Puzzled",
            PainKind.Unreachable => "Unheard",
            _ => null,
        };

    private static string? PainQualifier(string pain) =>
        pain switch
        {
            PainKind.LongWait => "tired-of-waiting",
            PainKind.HiddenFee => "fee-wary",
            PainKind.NoUpdate => "left-in-the-dark",
            PainKind.RepeatContact => "chasing",
            PainKind.Price => "price-conscious",
            PainKind.Confusing => "puzzled",
            _ => null,
        };
}
