using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Engine.Touchpoints;

/// <summary>
/// Links a catalog touchpoint to the built-in knowledge types it is about, so the matcher can borrow their
/// vocabulary. The rule, in order:
/// <list type="number">
/// <item>A type is eligible when it is cross-industry or when one of its domain words occurs anywhere in the
/// catalog (an airline catalog may link "flight-cancellations"; a shop's "Cancellations" may not).</item>
/// <item>Score = 3 when one of the type's aliases occurs in the touchpoint's name (2 when only in its description
/// or keywords) + the type's own vocabulary found in the name (weight/3 × 0.8) and in the description and
/// keywords (weight/3 × 0.5), that part capped at 2.</item>
/// <item>Linked when the score is at least <see cref="MinScore"/> and at least 30% of the touchpoint's best link:
/// "Customer service: help from agents by phone, chat, email or social media" links customer-service (name),
/// then phone-line, live-chat, email-support and social-media (description).</item>
/// <item>A description word that only qualifies the touchpoint's own subject is not a link: in "Refunds: getting
/// and tracking refunds", "tracking" modifies "refunds" and does not link order tracking.</item>
/// </list>
/// </summary>
public static class TouchpointLinker
{
    public const double MinScore = 1.5;

    public static IReadOnlyList<TouchpointLink> Link(Touchpoint touchpoint, TouchpointCatalog catalog, TouchpointKnowledge? knowledge = null)
    {
        knowledge ??= TouchpointKnowledge.Default;
        return Link(touchpoint, CatalogStems(catalog), knowledge);
    }

    internal static IReadOnlyList<TouchpointLink> Link(Touchpoint touchpoint, HashSet<string> catalogStems, TouchpointKnowledge knowledge)
    {
        var types = knowledge.Types;
        var aliasInName = new double[types.Count];
        var aliasInText = new double[types.Count];
        var vocabulary = new double[types.Count];
        var hits = new List<TermHit>();

        var nameTerms = TermText.Terms(touchpoint.Name);
        var textTerms = TermText.Terms(touchpoint.Description + " . " + string.Join(" . ", touchpoint.Keywords));
        knowledge.AliasIndex.Find(nameTerms, hits);
        foreach (var target in hits.SelectMany(h => h.Entry.Targets.Where(t => h.Weight(t) > 0))) aliasInName[target.Target] = 3;
        // The touchpoint's own subject as its name says it ("refund" for Refunds), so that "tracking refunds" in the
        // description is read as a facet of refunds, not as a link to order tracking.
        var subject = nameTerms.Where(t => !TermText.IsStopWord(t.Word)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        hits.Clear();
        textTerms = knowledge.AliasIndex.Find(textTerms, hits);
        foreach (var hit in hits)
        {
            var next = hit.LastTerm + 1;
            if (next < textTerms.Count && !textTerms[next].BreakBefore && subject.Contains(textTerms[next].Stem)) continue;
            foreach (var target in hit.Entry.Targets.Where(t => hit.Weight(t) > 0)) aliasInText[target.Target] = 2;
        }
        hits.Clear();
        knowledge.VocabularyIndex.Find(nameTerms, hits);
        foreach (var target in hits.SelectMany(h => h.Entry.Targets.Where(t => h.Weight(t) > 0))) vocabulary[target.Target] += target.Weight / 3 * 0.8;
        hits.Clear();
        knowledge.VocabularyIndex.Find(textTerms, hits);
        foreach (var target in hits.SelectMany(h => h.Entry.Targets.Where(t => h.Weight(t) > 0))) vocabulary[target.Target] += target.Weight / 3 * 0.5;

        var scored = new List<TouchpointLink>();
        for (var i = 0; i < types.Count; i++)
        {
            var domain = knowledge.DomainStems[i];
            if (domain.Count > 0 && !domain.Overlaps(catalogStems)) continue;
            var score = Math.Max(aliasInName[i], aliasInText[i]) + Math.Min(2, vocabulary[i]);
            if (score >= MinScore) scored.Add(new TouchpointLink(types[i].Id, Math.Round(score, 3), aliasInName[i] > 0));
        }
        if (scored.Count == 0) return [];
        var best = scored.Max(l => l.Score);
        return [.. scored.Where(l => l.Score >= 0.3 * best).OrderByDescending(l => l.Score).ThenBy(l => l.TypeId, StringComparer.Ordinal)];
    }

    /// <summary>Every stem of every name, description and keyword in the catalog: the domain test's haystack.</summary>
    internal static HashSet<string> CatalogStems(TouchpointCatalog catalog)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in catalog.Touchpoints)
            foreach (var term in TermText.Terms($"{catalog.Name} {t.Name} {t.Description} {string.Join(' ', t.Keywords)}"))
                stems.Add(term.Stem);
        return stems;
    }
}
