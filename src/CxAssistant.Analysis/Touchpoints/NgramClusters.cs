using System.Globalization;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The second pass of <see cref="TouchpointDiscovery"/>: themes of the sentences no catalog touchpoint explains.
/// <list type="number">
/// <item>Words are grouped into families ("rent", "rented", "rental", "rent-to-buy"); adjacent content-word pairs
/// ("karaoke night", "pickup window") are candidates too.</item>
/// <item>A candidate must be a content word that names something: not a stop-word, opinion word (the sentiment
/// lexicon), generic word ("order", "work"), brand, place or person name (mostly capitalised mid-sentence), and not
/// something a catalog touchpoint's vocabulary already matches.</item>
/// <item>It must be frequent (minimum support and distinct customers among unexplained sentences) and distinctive:
/// at least as frequent in unexplained sentences as in all sentences, and said mostly where the catalog has nothing
/// to say (<see cref="MinOpenShare"/> of its sentences unexplained). A single word must also name an activity (see
/// <see cref="IsActivity"/>: "rented", "rental"), not a product or circumstance ("tent", "trip"); a pair must be a
/// name of its own ("karaoke night"). Words of recurring metadata values (product names) are never themes.</item>
/// <item>The most frequent candidate seeds a theme; candidates that occur mostly together with it join it
/// ("deposit", "pickup window" with "rental"). The theme is named after a pair that carries most of its use
/// ("Karaoke night"), else after its most frequent word, and its evidence is every customer record that mentions
/// any of its words, explained or not.</item>
/// </list>
/// </summary>
internal static class NgramClusters
{
    /// <summary>A theme word must be at least as frequent in unexplained sentences as in all sentences.</summary>
    internal const double MinLift = 1.0;

    /// <summary>Share of a theme word's sentences that the catalog does not explain.</summary>
    internal const double MinOpenShare = 0.5;

    /// <summary>
    /// A candidate joins a theme when this share of its records (and at least <see cref="MinTogether"/>) also mention
    /// the theme's seed.
    /// </summary>
    private const double JoinShare = 0.75;

    private const int MinTogether = 3;

    /// <summary>A pair names the theme when it carries this share of the seed's records.</summary>
    private const double PairShare = 0.6;

    /// <summary>
    /// Share of mid-sentence occurrences capitalised above which a word is a name (brand, place, person).
    /// </summary>
    private const double ProperShare = 0.6;

    private const int MaxTerms = 8;

    /// <summary>
    /// Suffixes that keep a word in its family ("rent" → "rental", "rentals"); hyphenated compounds join too.
    /// </summary>
    private static readonly string[] FamilySuffixes =
    [
        "al",
        "als",
        "er",
        "ers",
        "ment",
        "ments",
        "ation",
        "ations",
        "ful",
        "y",
        "ly",
    ];

    /// <summary>Filler and vague words: frequent in feedback, never the name of a touchpoint.</summary>
    internal static readonly HashSet<string> Noise = new(
        [
            "great",
            "good",
            "bad",
            "terrible",
            "awful",
            "love",
            "loved",
            "hate",
            "worst",
            "best",
            "amazing",
            "horrible",
            "nice",
            "excellent",
            "poor",
            "disappointed",
            "disappointing",
            "happy",
            "unhappy",
            "recommend",
            "recommended",
            "fine",
            "okay",
            "perfect",
            "ridiculous",
            "seriously",
            "literally",
            "actually",
            "definitely",
            "absolutely",
            "totally",
            "pretty",
            "quite",
            "bit",
            "little",
            "big",
            "small",
            "long",
            "sure",
            "maybe",
            "think",
            "thought",
            "feel",
            "felt",
            "look",
            "looks",
            "looking",
            "wish",
            "hope",
            "guess",
            "place",
            "people",
            "person",
            "customer",
            "customers",
            "company",
            "experience",
            "service",
            "issue",
            "problem",
            "again",
            "ever",
            "overall",
            "will",
            "would",
            "could",
            "should",
            "must",
            "every",
            "hours",
            "minutes",
            "order",
            "orders",
            "work",
            "works",
            "working",
            "thanks",
            "thank",
            "cheers",
            "sorry",
            "hi",
            "hello",
            "dear",
            "regards",
            "kind",
            "best",
            "fyi",
            "btw",
            "tbh",
            "lol",
            "haha",
            "right",
            "left",
            "lot",
            "whole",
            "half",
            "full",
            "last",
            "next",
            "first",
            "second",
            "third",
            "same",
            "different",
            "other",
            "else",
            "instead",
            "already",
            "almost",
            "enough",
            "exactly",
            "probably",
            "apparently",
            "honestly",
            "finally",
            "anyway",
            "week",
            "weekend",
            "weekday",
            "weekdays",
            "morning",
            "evening",
            "tonight",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "today",
            "minute",
            "hour",
            "ago",
            "later",
            "soon",
            "early",
            "yet",
            "though",
            "through",
            "without",
            "thing",
            "stuff",
            "kids",
            "kid",
            "family",
            "friend",
            "friends",
            "wife",
            "husband",
            "partner",
            "son",
            "daughter",
            "mom",
            "dad",
            "wanted",
            "needed",
            "tried",
            "said",
            "told",
            "asked",
            "went",
            "came",
            "made",
            "took",
            "gave",
            "found",
            "kept",
            "left",
            "felt",
            "saw",
            "seen",
            "seem",
            "seems",
            "seemed",
            "happen",
            "happened",
            "start",
            "started",
            "keep",
            "mean",
            "means",
            "meant",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "past",
            "quarter",
            "dozen",
            "couple",
            "pair",
            "yesterday",
            "tomorrow",
            "way",
            "bit",
            "expect",
            "expected",
            "expecting",
            "expectation",
            "expectations",
            "happens",
            "happening",
            "hoped",
            "hoping",
            "wanting",
            "needing",
            "trying",
            "getting",
            "going",
            "coming",
            "doing",
            "making",
            "taking",
            "looking",
            "thinking",
            "feeling",
        ],
        StringComparer.Ordinal
    );

    private static readonly Lazy<(HashSet<string> Words, string[] Prefixes)> OpinionWords = new(LoadOpinionWords);

    /// <summary>A theme: the proposal and the sentences (unit indexes) it was found in.</summary>
    internal sealed record Theme(DiscoveredTouchpoint Proposal, List<int> Units);

    public static List<Theme> Find(DiscoveryContext context, TouchpointMatcher covered, TouchpointKnowledge knowledge)
    {
        var units = context.Units;
        var themes = new List<Theme>();
        var open = Enumerable.Range(0, units.Count).Where(u => !units[u].Explained && !context.Claimed[u]).ToList();
        if (context.RecordCount(open) < context.MinSupport)
        {
            return themes;
        }

        var (gramUnits, surfaces, names) = Index(units, context.CancellationToken);
        var labels = LabelWords(context);
        var openTotal = units.Count(u => !u.Explained);
        bool Content(string stem) => !labels.Contains(stem) && IsContent(stem, surfaces, names, knowledge);

        // Everything that may join a theme (content, not read by the catalog, in two records or more), then the seeds.
        var pool = new List<Candidate>();
        foreach (var (key, members) in Families(gramUnits.Keys.Where(g => !g.Contains(' '))))
        {
            var words = members.Where(Content).ToList();
            if (words.Count > 0 && MakeCandidate(key, words, context, gramUnits, surfaces, covered, openTotal) is { } c)
            {
                pool.Add(c);
            }
        }
        foreach (var pair in gramUnits.Keys.Where(g => g.Contains(' ') && gramUnits[g].Count >= 2))
        {
            if (
                pair.Split(' ').All(Content)
                && MakeCandidate(pair, [pair], context, gramUnits, surfaces, covered, openTotal) is { } c
            )
            {
                pool.Add(c);
            }
        }

        var seeds = pool.Where(c =>
                c.Distinctive
                && context.Enough(c.OpenUnits)
                && (c.IsPair ? IsCollocation(c, gramUnits) : IsActivity(c, surfaces))
            )
            .OrderByDescending(c => c.OpenRecords)
            .ThenBy(c => c.IsPair ? 0 : 1)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<Candidate>();
        foreach (var seed in seeds)
        {
            if (used.Contains(seed) || !context.Enough(seed.OpenUnits.Where(u => !context.Claimed[u])))
            {
                continue;
            }
            var seedRecords = seed.Records;
            // Candidates said mostly together with the seed join it ("deposit", "pickup window" with "rental"), and so
            // do
            // the pairs and words of the seed itself.
            var joined = new List<Candidate>();
            foreach (var c in pool)
            {
                if (c == seed || used.Contains(c))
                {
                    continue;
                }
                var together = c.Records.Count(seedRecords.Contains);
                var ofSeed = !seed.IsPair && c.IsPair && c.Key.Split(' ').Any(seed.Members.Contains);
                if ((ofSeed && together >= 2) || (together >= MinTogether && together >= JoinShare * c.Records.Count))
                {
                    joined.Add(c);
                }
            }
            // Named after the pair that carries most of the seed's use ("karaoke night"), else after the seed's
            // commonest word.
            var namePair = seed.IsPair
                ? seed
                : joined
                    .Where(c =>
                        c.IsPair
                        && c.Key.Split(' ').Any(seed.Members.Contains)
                        && c.Records.Count >= PairShare * seedRecords.Count
                    )
                    .OrderByDescending(c => c.Records.Count)
                    .ThenBy(c => c.Key, StringComparer.Ordinal)
                    .FirstOrDefault();
            // A lone word customers use as a verb or a description ("watch", "open", "ended", "high") names no
            // touchpoint:
            // the seed is dropped and its sentences stay free for other themes.
            if (namePair is null && !NounUse.IsNoun(MostUsed(seed, gramUnits, surfaces), units, seed.Units))
            {
                used.Add(seed);
                continue;
            }
            var themeUnits = seed
                .Units.Concat(joined.SelectMany(j => j.Units))
                .Distinct()
                .Where(u => !context.Claimed[u])
                .Order()
                .ToList();
            used.Add(seed);
            used.UnionWith(joined);
            foreach (var u in themeUnits)
            {
                context.Claimed[u] = true;
            }

            var seedWords = seed.IsPair
                ? []
                : seed
                    .Members.OrderByDescending(m => gramUnits[m].Count)
                    .ThenBy(m => m, StringComparer.Ordinal)
                    .Select(m => Surface(surfaces, m))
                    .ToList();
            var main = namePair is not null ? Surface(surfaces, namePair.Key) : seedWords[0];
            var related = seedWords
                .Concat(
                    joined
                        .Where(j => j != namePair)
                        .OrderBy(j => j.IsPair)
                        .ThenByDescending(j => j.Records.Count(seedRecords.Contains))
                        .ThenBy(j => j.Key, StringComparer.Ordinal)
                        .Select(j => Surface(surfaces, j.Key))
                )
                .Where(w => w != main && !main.Contains(w, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Take(MaxTerms - 1)
                .ToList();
            var terms = (List<string>)[main, .. related];
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(main[..1]) + main[1..];
            var with =
                related.Count == 0 ? "" : $" (with {string.Join(", ", related.Take(5).Select(w => $"\"{w}\""))})";
            var evidence = context.EvidenceIds(themeUnits);
            themes.Add(
                new Theme(
                    new DiscoveredTouchpoint(
                        new Touchpoint
                        {
                            Id = TouchpointDiscovery.UniqueId(CatalogLoader.Kebab(main), context.UsedIds),
                            Name = name,
                            Description =
                                $"Customers talk about \"{main}\"{with}, which no catalog touchpoint "
                                + $"covers. {context.Summary(evidence)}",
                            Keywords = terms,
                            Origin = TouchpointOrigin.Discovered,
                        },
                        evidence,
                        terms
                    ),
                    themeUnits
                )
            );
        }
        return themes;
    }

    /// <summary>A candidate theme word (family) or pair with the sentences it occurs in.</summary>
    private sealed record Candidate(
        string Key,
        HashSet<string> Members,
        List<int> Units,
        List<int> OpenUnits,
        HashSet<int> Records,
        int OpenRecords,
        bool IsPair,
        bool Distinctive
    );

    private static Candidate? MakeCandidate(
        string key,
        List<string> members,
        DiscoveryContext context,
        Dictionary<string, List<int>> gramUnits,
        Dictionary<string, Dictionary<string, int>> surfaces,
        TouchpointMatcher covered,
        int openTotal
    )
    {
        var units = context.Units;
        var all = members.SelectMany(m => gramUnits[m]).Distinct().Order().ToList();
        var records = all.Select(u => units[u].Record).ToHashSet();
        if (records.Count < 2)
        {
            return null;
        }
        // Words a catalog touchpoint already reads ("deposit" in a catalog with a deposits touchpoint) are not new.
        if (members.Any(m => covered.Match(Surface(surfaces, m)).Any(x => x.Confidence >= 0.3)))
        {
            return null;
        }
        var openUnits = all.Where(u => !units[u].Explained).ToList();
        // Rounded: "as frequent" allows for the sentence or two a small theme swings either way.
        var lift = Math.Round((double)openUnits.Count / Math.Max(1, openTotal) / ((double)all.Count / units.Count), 1);
        var distinctive = lift >= MinLift && (double)openUnits.Count / all.Count >= MinOpenShare;
        return new Candidate(
            key,
            [.. members],
            all,
            openUnits,
            records,
            context.RecordCount(openUnits),
            key.Contains(' '),
            distinctive
        );
    }

    /// <summary>
    /// A word family names something customers do with the business when it shows an action or derived form:
    /// "rented", "parking", "rental", "pre-ordered". One that is only ever a noun ("tent", "trip", "croissant") is a
    /// product or a circumstance, which the catalog's product and usage touchpoints already stand for.
    /// </summary>
    private static bool IsActivity(Candidate c, Dictionary<string, Dictionary<string, int>> surfaces) =>
        (
            c.Members.Count > 1
            && c.Members.Any(m =>
                m.Contains('-', StringComparison.Ordinal)
                || DerivedSuffixes.Any(s =>
                    m.EndsWith(s, StringComparison.Ordinal) && c.Members.Contains(m[..^s.Length])
                )
            )
        )
        || c.Members.Any(m =>
            surfaces[m]
                .Keys.Any(w =>
                    w != m
                    && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal))
                )
        );

    /// <summary>The surface form a single-word theme is named after: its commonest member's commonest form.</summary>
    private static string MostUsed(
        Candidate seed,
        Dictionary<string, List<int>> gramUnits,
        Dictionary<string, Dictionary<string, int>> surfaces
    ) =>
        Surface(
            surfaces,
            seed.Members.OrderByDescending(m => gramUnits[m].Count).ThenBy(m => m, StringComparer.Ordinal).First()
        );

    /// <summary>
    /// Suffixes that make a noun of an act ("rental", "payment", "registration"); "-er", "-ly", "-y" do not.
    /// </summary>
    private static readonly string[] DerivedSuffixes = ["al", "als", "ment", "ments", "ation", "ations"];

    /// <summary>
    /// A pair is a name of its own ("karaoke night", "gift wrapping") when it carries most uses of its rarer word.
    /// </summary>
    private static bool IsCollocation(Candidate pair, Dictionary<string, List<int>> gramUnits) =>
        pair.Units.Count >= PairShare * pair.Key.Split(' ').Min(w => gramUnits[w].Count);

    /// <summary>
    /// Words of recurring metadata values (product names, post ids, regions, tiers): category labels of the export,
    /// not themes customers raise ("Summit 2 Tent" makes "tent" a product).
    /// </summary>
    private static HashSet<string> LabelWords(DiscoveryContext context)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var r in context.Records)
        {
            foreach (
                var value in r
                    .Metadata.Values.Where(v => v.Length is > 0 and <= 60)
                    .Distinct(StringComparer.OrdinalIgnoreCase)
            )
            {
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, n) in counts.Where(p => p.Value >= 2))
        {
            foreach (
                var part in value.Split(
                    (char[])[' ', '-', '_', '/', '.', ',', ';', ':', '(', ')', '#'],
                    StringSplitOptions.RemoveEmptyEntries
                )
            )
            {
                if (part.Length >= 3 && part.All(char.IsLetter) && n >= 2)
                {
                    words.Add(TermText.Stem(part.ToLowerInvariant()));
                }
            }
        }
        return words;
    }

    /// <summary>
    /// Per gram (stem, or "stem stem" pair): the sentences it occurs in, its surface forms, and how often it is
    /// capitalised mid-sentence.
    /// </summary>
    private static (
        Dictionary<string, List<int>> Units,
        Dictionary<string, Dictionary<string, int>> Surfaces,
        Dictionary<string, (int Upper, int Total)> Names
    ) Index(List<DiscoveryUnit> units, CancellationToken cancellationToken)
    {
        var gramUnits = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var names = new Dictionary<string, (int Upper, int Total)>(StringComparer.Ordinal);
        // Pairs are looked up by span and made strings only when new (most pairs recur).
        var gramLookup = gramUnits.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        char[] gramBuffer = new char[64],
            surfaceBuffer = new char[64];
        for (var u = 0; u < units.Count; u++)
        {
            if ((u & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var unit = units[u];
            seen.Clear();
            Term? previous = null;
            for (var k = 0; k < unit.Terms.Count; k++)
            {
                var t = unit.Terms[k];
                if (k > 0 && !t.BreakBefore)
                {
                    var (upper, total) = names.GetValueOrDefault(t.Stem);
                    names[t.Stem] = (upper + (char.IsUpper(unit.Text[t.Start]) ? 1 : 0), total + 1);
                }
                var word =
                    t.Word.Length >= 3
                    && char.IsLetter(t.Word[0])
                    && !TermText.IsStopWord(t.Word)
                    && !TermText.IsFiller(t.Word);
                if (!word)
                {
                    previous = null;
                    continue;
                }
                Add(t.Stem, t.Word);
                if (previous is { } p && !t.BreakBefore)
                {
                    AddPair(p, t);
                }
                previous = t;
            }

            void AddPair(Term first, Term second)
            {
                var gram = Join(ref gramBuffer, first.Stem, second.Stem);
                var known = gramLookup.TryGetValue(gram, out var key, out _);
                if (known && seen.Contains(key!))
                {
                    return;
                }
                var surface = Join(ref surfaceBuffer, first.Word, second.Word);
                if (!known)
                {
                    Add(gram.ToString(), surface.ToString());
                    return;
                }
                seen.Add(key!);
                gramUnits[key!].Add(u);
                var counts = surfaces[key!].GetAlternateLookup<ReadOnlySpan<char>>();
                if (counts.TryGetValue(surface, out var count))
                {
                    counts[surface] = count + 1;
                }
                else
                {
                    surfaces[key!][surface.ToString()] = 1;
                }
            }

            void Add(string gram, string surface)
            {
                if (!seen.Add(gram))
                {
                    return;
                }
                if (!gramUnits.TryGetValue(gram, out var list))
                {
                    gramUnits[gram] = list = [];
                }
                list.Add(u);
                if (!surfaces.TryGetValue(gram, out var s))
                {
                    surfaces[gram] = s = new(StringComparer.Ordinal);
                }
                s[surface] = s.GetValueOrDefault(surface) + 1;
            }
        }
        return (gramUnits, surfaces, names);
    }

    // "a b" in a reused buffer (grown when needed).
    private static ReadOnlySpan<char> Join(ref char[] buffer, string a, string b)
    {
        var length = a.Length + 1 + b.Length;
        if (buffer.Length < length)
        {
            buffer = new char[length * 2];
        }
        a.CopyTo(buffer);
        buffer[a.Length] = ' ';
        b.CopyTo(buffer.AsSpan(a.Length + 1));
        return buffer.AsSpan(0, length);
    }

    /// <summary>
    /// Word families: a stem joins the shortest stem it extends by a family suffix or a hyphen ("rent-to-buy" →
    /// "rent").
    /// </summary>
    private static Dictionary<string, List<string>> Families(IEnumerable<string> stems)
    {
        var all = stems.ToHashSet(StringComparer.Ordinal);
        var families = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var stem in all.Order(StringComparer.Ordinal))
        {
            var key = stem;
            for (var n = 4; n < stem.Length; n++)
            {
                var prefix = stem[..n];
                if (!all.Contains(prefix))
                {
                    continue;
                }
                var rest = stem[n..];
                if (rest[0] == '-' || FamilySuffixes.Contains(rest, StringComparer.Ordinal))
                {
                    key = prefix;
                    break;
                }
            }
            if (!families.TryGetValue(key, out var list))
            {
                families[key] = list = [];
            }
            list.Add(stem);
        }
        return families;
    }

    private static bool IsContent(
        string stem,
        Dictionary<string, Dictionary<string, int>> surfaces,
        Dictionary<string, (int Upper, int Total)> names,
        TouchpointKnowledge knowledge
    )
    {
        var surface = Surface(surfaces, stem);
        if (
            TermText.IsStopWord(stem)
            || TermText.IsFiller(stem)
            || Noise.Contains(surface)
            || Noise.Contains(stem)
            || TermText.IsGenericCatalogWord(surface)
            || knowledge.GenericStems.Contains(stem)
        )
        {
            return false;
        }
        if (IsOpinion(surface) || IsOpinion(stem))
        {
            return false;
        }
        // Brands, places and people ("Acme", "Paris", "Kim") are capitalised mid-sentence: not touchpoints.
        var (upper, total) = names.GetValueOrDefault(stem);
        return total == 0 || upper < ProperShare * total;
    }

    internal static bool IsOpinion(string word)
    {
        var (words, prefixes) = OpinionWords.Value;
        return words.Contains(word) || prefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal));
    }

    private static (HashSet<string>, string[]) LoadOpinionWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var (_, phrase) in LexiconReader.Read("sentiment.txt"))
        {
            if (
                phrase.Contains(' ', StringComparison.Ordinal)
                || phrase.Contains('#', StringComparison.Ordinal)
                || phrase.Contains('*', StringComparison.Ordinal)
            )
            {
                continue;
            }
            if (phrase.EndsWith('~'))
            {
                if (phrase.Length >= 5)
                {
                    prefixes.Add(phrase[..^1]);
                }
            }
            else
            {
                words.Add(phrase);
            }
        }
        return (words, [.. prefixes]);
    }

    private static string Surface(Dictionary<string, Dictionary<string, int>> surfaces, string gram) =>
        surfaces[gram].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
}
