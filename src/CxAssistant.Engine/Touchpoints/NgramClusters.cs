using System.Globalization;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Engine.Touchpoints;

/// <summary>The second pass of <see cref="TouchpointDiscovery"/>: frequent, distinctive words and word pairs among unexplained records.</summary>
internal static class NgramClusters
{
    private const double MinLift = 1.5;
    private const double PairShare = 0.6;

    /// <summary>Opinion and filler words: frequent in complaints, never the name of a touchpoint.</summary>
    private static readonly HashSet<string> Noise =
    [
        "great", "good", "bad", "terrible", "awful", "love", "loved", "hate", "worst", "best", "amazing", "horrible", "nice", "excellent",
        "poor", "disappointed", "disappointing", "happy", "unhappy", "recommend", "recommended", "fine", "okay", "perfect", "ridiculous",
        "seriously", "literally", "actually", "definitely", "absolutely", "totally", "pretty", "quite", "bit", "little", "big", "small",
        "long", "sure", "maybe", "think", "thought", "feel", "felt", "look", "looks", "looking", "wish", "hope", "guess", "place",
        "people", "person", "customer", "customers", "company", "experience", "service", "issue", "problem", "again", "ever", "overall",
        "will", "would", "could", "should", "must", "every", "hours", "minutes", "order", "orders", "work", "works", "working",
    ];

    public static IEnumerable<DiscoveredTouchpoint> Find(List<EvidenceRecord> pool, IReadOnlyList<EvidenceRecord> all, TouchpointMatcher covered,
        HashSet<string> usedIds, int minSupport, int minCustomers)
    {
        if (pool.Count < minSupport) yield break;
        var poolGrams = pool.ToDictionary(r => r.Id, Grams, StringComparer.Ordinal);
        var allCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in all)
            foreach (var g in poolGrams.TryGetValue(r.Id, out var known) ? known.Keys : Grams(r).Keys) allCounts[g] = allCounts.GetValueOrDefault(g) + 1;

        var counts = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        var surfaces = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var r in pool)
            foreach (var (gram, surface) in poolGrams[r.Id])
            {
                if (!counts.TryGetValue(gram, out var list)) counts[gram] = list = [];
                list.Add(r);
                if (!surfaces.TryGetValue(gram, out var s)) surfaces[gram] = s = new(StringComparer.Ordinal);
                s[surface] = s.GetValueOrDefault(surface) + 1;
            }

        var candidates = counts
            .Where(p => p.Value.Count >= minSupport && Lift(p.Value.Count, pool.Count, allCounts[p.Key], all.Count) >= MinLift)
            .Where(p => covered.Match(p.Key).All(m => m.Confidence < 0.3))
            .OrderByDescending(p => p.Value.Count).ThenByDescending(p => p.Key.Count(c => c == ' ')).ThenBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        // A pair carrying most of a word's use names the theme better than the word alone ("gift wrapping" > "gift").
        var suppressed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (gram, list) in candidates.Where(c => c.Key.Contains(' ')))
            foreach (var word in gram.Split(' '))
                if (counts.TryGetValue(word, out var single) && list.Count >= PairShare * single.Count) suppressed.Add(word);

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (gram, _) in candidates)
        {
            if (suppressed.Contains(gram)) continue;
            var members = counts[gram].Where(r => !taken.Contains(r.Id)).ToList();
            if (members.Count < minSupport || members.Select(r => r.CustomerId ?? r.Id).Distinct().Count() < minCustomers) continue;
            foreach (var r in members) taken.Add(r.Id);
            var surface = surfaces[gram].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            var related = members.SelectMany(r => poolGrams[r.Id].Where(p => !p.Key.Contains(' ') && p.Key != gram && !gram.Contains(p.Key)).Select(p => p.Value))
                .GroupBy(w => w).Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(4).Select(g => g.Key).ToList();
            var terms = (List<string>)[surface, .. related];
            var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surface[..1]) + surface[1..];
            var with = related.Count == 0 ? "" : $" (with {string.Join(", ", related.Select(w => $"\"{w}\""))})";
            yield return new DiscoveredTouchpoint(
                new Touchpoint
                {
                    Id = TouchpointDiscovery.UniqueId(CatalogLoader.Kebab(surface), usedIds),
                    Name = name,
                    Description = $"Customers mention \"{surface}\"{with} in {members.Count} records that no catalog touchpoint covers.",
                    Keywords = [surface],
                    Origin = TouchpointOrigin.Discovered,
                },
                [.. members.Select(r => r.Id)],
                terms);
        }
    }

    private static double Lift(int inPool, int poolSize, int inAll, int allSize) =>
        (double)inPool / poolSize / Math.Max(1e-9, (double)inAll / allSize);

    /// <summary>Content words and adjacent content-word pairs of a record (stem key → surface form), once each.</summary>
    private static Dictionary<string, string> Grams(EvidenceRecord record)
    {
        var grams = new Dictionary<string, string>(StringComparer.Ordinal);
        Term? previous = null;
        foreach (var t in TermText.Terms(record.Text))
        {
            var content = t.Word.Length >= 3 && char.IsLetter(t.Word[0]) && !TermText.IsStopWord(t.Word) && !TermText.IsGenericCatalogWord(t.Word) && !Noise.Contains(t.Word);
            if (!content) { previous = null; continue; }
            grams.TryAdd(t.Stem, t.Word);
            if (previous is { } p && !t.BreakBefore) grams.TryAdd(p.Stem + " " + t.Stem, p.Word + " " + t.Word);
            previous = t;
        }
        return grams;
    }
}
