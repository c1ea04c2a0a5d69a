using System.Text.RegularExpressions;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Personas;

/// <summary>
/// The life contexts of one analysis, found in its customers' own words (<see cref="Mine"/>): no vocabulary of
/// situations is listed in code, only the kinds of situation and the patterns that reveal them
/// (<see cref="LifeContextPatterns"/>). A context shapes a persona only when it is common in the segment and rarer
/// elsewhere (the segment traits' lift), so it is ranked by how distinctive it is of each cluster.
/// </summary>
internal sealed partial class LifeContexts
{
    /// <summary>The key of the one group-buying context (an economic buyer's sign).</summary>
    public const string Group = "group";

    /// <summary>Contexts kept at most (they are bits of an int per record).</summary>
    private const int MaxContexts = 30;

    /// <summary>Customers a context needs to exist at all; more with more customers (0.3 %).</summary>
    private const int MinCustomers = 3;

    private readonly int[] _masks;

    private LifeContexts(IReadOnlyList<LifeContext> all, int[] masks)
    {
        All = all;
        _masks = masks;
    }

    public IReadOnlyList<LifeContext> All { get; }

    /// <summary>None: for an analysis with no customer text.</summary>
    public static LifeContexts Empty(int records) => new([], new int[records]);

    /// <summary>Whether a record's text shows the context.</summary>
    public bool Has(int record, string key)
    {
        var k = IndexOf(key);
        return k >= 0 && (_masks[record] & (1 << k)) != 0;
    }

    /// <summary>Whether a record's text shows any context of the kind.</summary>
    public bool HasKind(int record, LifeContextKind kind)
    {
        for (var k = 0; k < All.Count; k++)
        {
            if (All[k].Kind == kind && (_masks[record] & (1 << k)) != 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The keys of the contexts a record shows.</summary>
    public IEnumerable<string> Of(int record)
    {
        for (var k = 0; k < All.Count; k++)
        {
            if ((_masks[record] & (1 << k)) != 0)
            {
                yield return All[k].Key;
            }
        }
    }

    public LifeContext? Find(string key) => All.FirstOrDefault(c => c.Key == key);

    private int IndexOf(string key)
    {
        for (var k = 0; k < All.Count; k++)
        {
            if (All[k].Key == key)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// Reads every customer record with the kind patterns, keeps what the data confirms (a companion is a person, an
    /// occasion is celebrated, nothing a catalog touchpoint reads, no opinion or vague word) and what enough customers
    /// share, most customers first.
    /// </summary>
    public static LifeContexts Mine(IReadOnlyList<EvidenceRecord> records, TouchpointCatalog catalog)
    {
        var found = new List<(LifeContextKind Kind, string Slot, string Situation)>[records.Count];
        var persons = new Dictionary<string, int>(StringComparer.Ordinal);
        var occasions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            found[i] = [];
            var text = records[i].Text;
            if (!records[i].IsCustomerVoice || string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            foreach (Match m in LifeContextPatterns.Person().Matches(text))
            {
                var s = Singular(m.Groups["s"].Value);
                persons[s] = persons.GetValueOrDefault(s) + 1;
            }
            // Celebrating a word confirms it at once; a person's word ("my daughter's birthday") only when said twice.
            foreach (Match m in LifeContextPatterns.OccasionWord().Matches(text))
            {
                var s = Singular(m.Groups["s"].Value);
                occasions[s] = occasions.GetValueOrDefault(s) + (m.Groups["o"].Success ? 1 : 2);
            }
            Collect(found[i], text);
        }
        var matcher = new TouchpointMatcher(catalog);
        bool Confirmed(LifeContextKind kind, string slot) =>
            kind switch
            {
                LifeContextKind.Group => true,
                LifeContextKind.Companion => persons.GetValueOrDefault(slot) >= 1 && IsWord(slot, matcher),
                LifeContextKind.Occasion => occasions.GetValueOrDefault(slot) >= 2 && IsThing(slot, matcher),
                _ => slot.Split(' ') is var w && w.Length == 2 && SituationNoun().IsMatch(w[1])
                    ? !NgramClusters.IsOpinion(w[0])
                    : w.Where(x => !Text.StopWords.IsStopWord(x)).All(x => IsWord(x, matcher)),
            };
        // Companions and occasions are one context each, worded by the slots the data holds ("their daughter, wife"):
        // each one alone is too rare to shape a segment, together they say "buys with or for others".
        var customers = new Dictionary<(LifeContextKind, string), HashSet<string>>();
        var situations = new Dictionary<(LifeContextKind, string), Dictionary<string, int>>();
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var (kind, slot, situation) in found[i].Where(f => Confirmed(f.Kind, f.Slot)))
            {
                var key = (kind, Grouped(kind) ? "" : slot);
                if (!customers.TryGetValue(key, out var set))
                {
                    customers[key] = set = new HashSet<string>(StringComparer.Ordinal);
                    situations[key] = new Dictionary<string, int>(StringComparer.Ordinal);
                }
                set.Add(records[i].CustomerKey);
                var said = Grouped(kind) ? slot : situation;
                situations[key][said] = situations[key].GetValueOrDefault(said) + 1;
            }
        }
        var total = records.Select(r => r.CustomerKey).Distinct(StringComparer.Ordinal).Count();
        var min = Math.Max(MinCustomers, (int)Math.Ceiling(total * 0.003));
        var kept = customers
            .Where(p => p.Value.Count >= min)
            .OrderByDescending(p => p.Value.Count)
            .ThenBy(p => p.Key.Item1)
            .ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(MaxContexts)
            .Select(p =>
                Make(
                    p.Key.Item1,
                    p.Key.Item2,
                    [
                        .. situations[p.Key]
                            .OrderByDescending(s => s.Value)
                            .ThenBy(s => s.Key, StringComparer.Ordinal)
                            .Select(s => s.Key),
                    ]
                )
            )
            .ToList();
        var index = kept.Select((c, k) => (c, k)).ToDictionary(p => p.c.Key, p => p.k, StringComparer.Ordinal);
        var masks = new int[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var (kind, slot, _) in found[i].Where(f => Confirmed(f.Kind, f.Slot)))
            {
                if (index.TryGetValue(KeyOf(kind, Grouped(kind) ? "" : slot), out var k))
                {
                    masks[i] |= 1 << k;
                }
            }
        }
        return new LifeContexts(kept, masks);
    }

    /// <summary>Every (kind, slot, situation) the patterns find in a text; slots singular and lower-case.</summary>
    internal static void Collect(List<(LifeContextKind, string, string)> into, string text)
    {
        foreach (Match m in LifeContextPatterns.Role().Matches(text))
        {
            var words = m.Groups["s"].Value.ToLowerInvariant().Split(' ');
            var slot = words.Length > 1 && !IsNounLike(words[0]) ? words[1] : words[0];
            if (IsNounLike(slot) && !IsGiftWord(slot))
            {
                into.Add((LifeContextKind.Role, slot, $"as a {slot}"));
            }
        }
        foreach (Match m in LifeContextPatterns.Companion().Matches(text))
        {
            var slot = Singular(m.Groups["s"].Value);
            into.Add((LifeContextKind.Companion, slot, $"with or for their {m.Groups["s"].Value.ToLowerInvariant()}"));
        }
        foreach (Match m in LifeContextPatterns.Occasion().Matches(text))
        {
            var slot = Singular(m.Groups["s"].Value);
            into.Add((LifeContextKind.Occasion, slot, IsGiftWord(slot) ? $"as a {slot}" : $"for a {slot}"));
        }
        foreach (Match m in LifeContextPatterns.Circumstance().Matches(text))
        {
            var words = m.Groups["s"].Value.ToLowerInvariant().Split(' ');
            // "on my lunch break", "on my commute": the slot ends at the first word that is not part of the noun; "a
            // business trip" and "my first trip" keep their situation noun with any modifier but an opinion ("a great
            // trip" is a verdict, not a situation).
            var onTheWay = m.Groups["p"].Value.Contains("way", StringComparison.OrdinalIgnoreCase);
            var slot =
                onTheWay ? string.Join(' ', words)
                : words.Length > 1 && SituationNoun().IsMatch(words[1])
                    ? (words[0].Length >= 3 && !NgramClusters.IsOpinion(words[0]) ? string.Join(' ', words) : "")
                : words.Length > 1 && IsNounLike(words[1]) && IsContent(words[0]) ? string.Join(' ', words)
                : words[0];
            if (slot.Length == 0)
            {
                continue;
            }
            var p = m.Groups["p"].Value.ToLowerInvariant();
            var situation = p switch
            {
                "on" or "during" or "for" => $"{p} their {slot}",
                "while" => $"while {slot}",
                _ => $"{Regex.Replace(p, @"\b(my|our)\b", "their")} {slot}",
            };
            if (onTheWay)
            {
                slot = "way " + slot;
            }
            else if (p.StartsWith("work", StringComparison.Ordinal))
            {
                slot = "working from " + slot;
            }
            into.Add((LifeContextKind.Circumstance, slot, situation));
        }
        if (LifeContextPatterns.Group().IsMatch(text))
        {
            into.Add((LifeContextKind.Group, Group, "for a team, an office or a group"));
        }
    }

    /// <summary>
    /// A context named and described from the data: <paramref name="said"/> holds, for a grouped kind, the slots
    /// customers used, commonest first; else the ways they said it.
    /// </summary>
    private static LifeContext Make(LifeContextKind kind, string slot, List<string> said)
    {
        var key = KeyOf(kind, slot);
        var top = said[0];
        var some = string.Join(", ", said.Take(3));
        var (epithet, noun, description) = kind switch
        {
            LifeContextKind.Role => (Title(slot), slot, $"writes as a {slot}"),
            LifeContextKind.Companion => (
                Title(top),
                $"customer with their {top}",
                $"comes with or buys for their {some}"
            ),
            LifeContextKind.Occasion => (Title(top), $"{top} customer", $"comes for an occasion: {some}"),
            LifeContextKind.Group => ("Group", "organiser", "orders for a team, an office or a group"),
            _ => (Title(slot), $"customer {top}", $"comes {top}"),
        };
        var pattern = kind switch
        {
            LifeContextKind.Role => LifeContextPatterns.Role(),
            LifeContextKind.Companion => LifeContextPatterns.Companion(),
            LifeContextKind.Occasion => LifeContextPatterns.Occasion(),
            LifeContextKind.Circumstance => LifeContextPatterns.Circumstance(),
            _ => LifeContextPatterns.Group(),
        };
        var words = Grouped(kind) ? said.Take(8).ToList() : [slot];
        return new LifeContext(key, kind, epithet, noun, description, Slot(pattern, words, kind));
    }

    private static bool Grouped(LifeContextKind kind) =>
        kind is LifeContextKind.Companion or LifeContextKind.Occasion or LifeContextKind.Group;

    private static Regex Slot(Regex pattern, List<string> slots, LifeContextKind kind) =>
        kind == LifeContextKind.Group
            ? pattern
            : new Regex(
                // The kind's pattern where this slot's word follows: the customer's words from the pattern to the slot.
                $@"(?=(?:{pattern}))[^.!?]{{0,40}}?\b(?:{string.Join('|', slots.Select(w => Regex.Escape(w.Split(' ').Last())))})",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(5)
            );

    private static string KeyOf(LifeContextKind kind, string slot) =>
        kind == LifeContextKind.Group ? Group
        : slot.Length == 0 ? kind.ToString().ToLowerInvariant()
        : $"{kind.ToString().ToLowerInvariant()}:{slot}";

    /// <summary>An epithet from a slot: "firefighter" → "Firefighter", "first trip" → "First-trip", "working from home" → "Working-from-home".</summary>
    private static string Title(string slot)
    {
        var words = slot.Split(' ');
        var title = string.Join('-', words);
        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    /// <summary>A word that can stand for a thing: not a function, opinion, vague or verb-form word.</summary>
    private static bool IsNounLike(string word) =>
        word.Length >= 3 && !Text.StopWords.IsStopWord(word) && NounPhrases.CanName(word);

    /// <summary>
    /// A content word: not a function, opinion or verb-form word. Words for people ("daughter", "family") are in
    /// discovery's noise list, which keeps them from naming a touchpoint, not from naming a companion or a situation.
    /// </summary>
    private static bool IsContent(string word) =>
        word.Length >= 3
        && !Text.StopWords.IsStopWord(word)
        && !NgramClusters.IsOpinion(word)
        && !(
            word.Length > 4
            && word.EndsWith("ed", StringComparison.Ordinal)
            && !word.EndsWith("eed", StringComparison.Ordinal)
        );

    private static bool IsWord(string word, TouchpointMatcher matcher) =>
        IsContent(word.ToLowerInvariant()) && !matcher.Match(word).Any(m => m.Confidence >= 0.3);

    private static bool IsThing(string word, TouchpointMatcher matcher) =>
        IsNounLike(word.ToLowerInvariant()) && !matcher.Match(word).Any(m => m.Confidence >= 0.3);

    private static bool IsGiftWord(string word) => word is "gift" or "present" or "treat" or "surprise";

    /// <summary>Plural to singular for the slot key ("kids" → "kid"); the situation keeps the customer's form.</summary>
    private static string Singular(string word)
    {
        var w = word.ToLowerInvariant();
        return w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
            : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
            : w;
    }

    [GeneratedRegex("^(?:trip|holiday|vacation|getaway|break|weekend)$")]
    private static partial Regex SituationNoun();
}
