using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Compiles a catalog into one <see cref="TermIndex"/> whose targets are the catalog's touchpoints. Weights:
/// user keywords 4 (the user said so), the whole multi-word name 4, each name word 2.5, each description word 1.2
/// (generic words such as "experience" or "issues" skipped), and linked knowledge vocabulary at its own weight
/// (aliases 3, strong 3, medium 1.5, weak 0.6) times the link factor. A knowledge type linked to several
/// touchpoints gives its full vocabulary to the best-linked one and half (scaled by relative link strength) to
/// the others, so "website" words go to "Website", not to every touchpoint that mentions the website.
/// </summary>
internal static class VocabularyBuilder
{
    private const float KeywordWeight = TermHit.KeywordWeight,
        NamePhraseWeight = 3.9f,
        NameWordWeight = 2.5f,
        DescriptionWordWeight = 1.2f;

    public static BuiltVocabulary Build(TouchpointCatalog catalog, TouchpointKnowledge knowledge)
    {
        var touchpoints = catalog.Touchpoints;
        var links = TouchpointLinker.LinkCatalog(catalog, knowledge).ToList();
        var bestLinkByType = links
            .SelectMany(l => l)
            .GroupBy(l => l.TypeId)
            .ToDictionary(g => g.Key, g => g.Max(l => l.Score));

        var items = new List<(string[] Stems, int Target, float Weight)>();
        var keywords = new List<(string[] Stems, int Target, float Weight)>();
        for (var j = 0; j < touchpoints.Count; j++)
        {
            var tp = touchpoints[j];
            foreach (var keyword in tp.Keywords)
            {
                keywords.Add((TermText.StemPhrase(keyword), j, KeywordWeight));
            }
            var nameWords = ContentStems(tp.Name);
            if (nameWords.Count >= 2)
            {
                items.Add((TermText.StemPhrase(tp.Name), j, NamePhraseWeight));
            }
            items.AddRange(nameWords.Select(s => (new[] { s }, j, NameWordWeight)));
            items.AddRange(ContentStems(tp.Description).Select(s => (new[] { s }, j, DescriptionWordWeight)));
            foreach (var link in links[j])
            {
                var type = knowledge.Find(link.TypeId)!;
                var best = bestLinkByType[link.TypeId];
                var factor = Math.Min(1, link.Score / 3) * (link.Score >= best ? 1 : 0.5 * link.Score / best);
                foreach (var alias in type.Aliases)
                {
                    items.Add((TermText.StemPhrase(alias), j, (float)(type.AliasWeight(alias) * factor)));
                }
                foreach (var term in type.Terms)
                {
                    items.Add((TermText.StemPhrase(term.Text), j, (float)(term.Weight * factor)));
                }
            }
        }

        // Catalogs built in code may repeat an id; the first touchpoint with an id keeps it (as TouchpointCatalog.Find
        // does).
        var linkMap = new Dictionary<string, IReadOnlyList<TouchpointLink>>(StringComparer.Ordinal);
        for (var j = 0; j < touchpoints.Count; j++)
        {
            linkMap.TryAdd(touchpoints[j].Id, links[j]);
        }
        // Generic words ("order", "buy") are evidence for a touchpoint on their own only when its name is about them.
        var named = touchpoints.Select(t => TouchpointLinker.NameHeadStems(t.Name)).ToArray();
        return new BuiltVocabulary(
            TermIndex.Build(Discriminate(items).Concat(keywords)),
            linkMap,
            ServiceTouchpoint(touchpoints, links),
            named
        );
    }

    /// <summary>
    /// IDF in miniature: an entry that several touchpoints share ("order" in Orders, Payments and Invoices) says
    /// less about which one a text concerns, so its weights shrink by 1/√(touchpoints sharing it). User keywords are
    /// exempt: they keep their full weight (the index keeps the larger weight of a pair).
    /// </summary>
    private static IEnumerable<(string[] Stems, int Target, float Weight)> Discriminate(
        List<(string[] Stems, int Target, float Weight)> items
    )
    {
        var best = new Dictionary<(string Key, int Target), (string[] Stems, float Weight)>();
        foreach (var (stems, target, weight) in items)
        {
            var key = (string.Join(' ', stems), target);
            if (!best.TryGetValue(key, out var current) || weight > current.Weight)
            {
                best[key] = (stems, weight);
            }
        }
        var sharing = best.Where(p => p.Value.Weight >= 0.5f)
            .GroupBy(p => p.Key.Key)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var ((key, target), (stems, weight)) in best)
        {
            yield return (stems, target, weight / MathF.Sqrt(Math.Max(1, sharing.GetValueOrDefault(key))));
        }
    }

    /// <summary>Content words of a catalog phrase: no stop-words, no generic words, stemmed, distinct.</summary>
    internal static List<string> ContentStems(string text) =>
        [
            .. TermText
                .Terms(text)
                .Where(t => !TermText.IsStopWord(t.Word) && !TermText.IsGenericCatalogWord(t.Word) && t.Word.Length > 1)
                .Select(t => t.Stem)
                .Distinct(StringComparer.Ordinal),
        ];

    /// <summary>
    /// The touchpoint best linked to customer service, else one whose name says service/support/help.
    /// </summary>
    private static int ServiceTouchpoint(
        IReadOnlyList<Touchpoint> touchpoints,
        List<IReadOnlyList<TouchpointLink>> links
    )
    {
        var best = -1;
        var bestScore = 0.0;
        for (var j = 0; j < touchpoints.Count; j++)
        {
            var link = links[j].FirstOrDefault(l => l.TypeId == "customer-service");
            if (link is not null && link.Score > bestScore)
            {
                (best, bestScore) = (j, link.Score);
            }
        }
        if (best >= 0)
        {
            return best;
        }
        for (var j = 0; j < touchpoints.Count; j++)
        {
            var name = touchpoints[j].Name.ToLowerInvariant();
            if (name.Contains("service") || name.Contains("support") || name.Contains("help") || name.Contains("care"))
            {
                return j;
            }
        }
        return -1;
    }
}
