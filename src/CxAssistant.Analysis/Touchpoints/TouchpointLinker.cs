using System.Text.RegularExpressions;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Links a catalog touchpoint to the built-in knowledge types it is about, so the matcher can borrow their
/// vocabulary. The rule, in order:
/// <list type="number">
/// <item>A type is eligible when it is cross-industry or when one of its domain words occurs anywhere in the
/// catalog (an airline catalog may link "flight-cancellations"; a shop's "Cancellations" may not). A domain word
/// that is also one of the type's own aliases does not count ("Checkout" does not make a shop a hotel).</item>
/// <item>Score = 3 when one of the type's aliases is the head of the touchpoint's name or of one of its parts
/// ("Website &amp; search": website, search), 2 when it only qualifies the head ("Order confirmation emails":
/// "order" qualifies "emails") or occurs in the description or keywords, + the type's own vocabulary found in the
/// name (weight/3 × 0.8) and in the description and keywords (weight/3 × 0.5), that part capped at 2. Aliases and
/// terms are whole words (stems), never parts of words.</item>
/// <item>Linked when the score is at least <see cref="MinScore"/> and 40% of the touchpoint's best link, and, unless
/// the name names the type, at least <see cref="SecondaryMinScore"/>: "Customer service: help from agents by phone,
/// chat, email or social media" links customer-service (name), then phone-line, live-chat, email-support and
/// social-media (description); "comfort" in a product-quality description does not link seats.</item>
/// <item>A description word that only qualifies the touchpoint's own subject is not a link: in "Refunds: getting
/// and tracking refunds", "tracking" modifies "refunds" and does not link order tracking; nor is one the subject
/// qualifies: in "Delivery: shipping speed", "speed" is delivery's and does not link performance.</item>
/// <item>Across the catalog (<see cref="LinkCatalog"/>): a type that one touchpoint's name names belongs to that
/// touchpoint; another touchpoint that only mentions it ("free shipping for members" in Loyalty, when the catalog
/// has Delivery) does not borrow its vocabulary.</item>
/// </list>
/// </summary>
public static partial class TouchpointLinker
{
    public const double MinScore = 1.5;

    /// <summary>
    /// A link the name does not make needs this much evidence (a description alias plus some vocabulary).
    /// </summary>
    public const double SecondaryMinScore = 2.5;

    private const double ShareOfBest = 0.4;
    private const double NameAlias = 3,
        OtherAlias = 2;

    private static readonly HashSet<string> Conjunctions = new(["and", "or", "vs"], StringComparer.Ordinal);

    /// <summary>
    /// The links of one catalog touchpoint, after the catalog-wide rule (see <see cref="LinkCatalog"/>).
    /// </summary>
    public static IReadOnlyList<TouchpointLink> Link(
        Touchpoint touchpoint,
        TouchpointCatalog catalog,
        TouchpointKnowledge? knowledge = null
    )
    {
        knowledge ??= TouchpointKnowledge.Default;
        var all = LinkCatalog(catalog, knowledge);
        for (var j = 0; j < catalog.Touchpoints.Count; j++)
        {
            if (ReferenceEquals(catalog.Touchpoints[j], touchpoint))
            {
                return all[j];
            }
        }
        for (var j = 0; j < catalog.Touchpoints.Count; j++)
        {
            if (catalog.Touchpoints[j].Id == touchpoint.Id)
            {
                return all[j];
            }
        }
        return Link(touchpoint, CatalogStems(catalog), knowledge);
    }

    /// <summary>
    /// The links of every touchpoint of a catalog (same order): each touchpoint's own links, minus the types that
    /// another touchpoint's name names and this one only mentions.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TouchpointLink>> LinkCatalog(
        TouchpointCatalog catalog,
        TouchpointKnowledge? knowledge = null
    )
    {
        knowledge ??= TouchpointKnowledge.Default;
        var stems = CatalogStems(catalog);
        var own = catalog.Touchpoints.Select(t => Link(t, stems, knowledge)).ToList();
        var namedBy = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < own.Count; j++)
        {
            foreach (var link in own[j].Where(l => l.ByName))
            {
                if (!namedBy.TryGetValue(link.TypeId, out var list))
                {
                    namedBy[link.TypeId] = list = [];
                }
                list.Add(j);
            }
        }
        var result = new List<IReadOnlyList<TouchpointLink>>(own.Count);
        for (var j = 0; j < own.Count; j++)
        {
            var k = j;
            result.Add([
                .. own[j]
                    .Where(l => l.ByName || !namedBy.TryGetValue(l.TypeId, out var owners) || owners.All(o => o == k)),
            ]);
        }
        return result;
    }

    internal static IReadOnlyList<TouchpointLink> Link(
        Touchpoint touchpoint,
        HashSet<string> catalogStems,
        TouchpointKnowledge knowledge
    )
    {
        var types = knowledge.Types;
        var aliasInName = new double[types.Count];
        var aliasInText = new double[types.Count];
        var vocabulary = new double[types.Count];
        var hits = new List<TermHit>();

        var eligible = new bool[types.Count];
        for (var i = 0; i < types.Count; i++)
        {
            eligible[i] = knowledge.DomainStems[i].Count == 0 || knowledge.DomainStems[i].Overlaps(catalogStems);
        }
        var nameTerms = NameTerms(touchpoint.Name);
        var textTerms = TermText.Terms(touchpoint.Description + " . " + string.Join(" . ", touchpoint.Keywords));
        nameTerms = knowledge.AliasIndex.Find(nameTerms, hits);
        var heads = NameHeads(nameTerms);
        foreach (var hit in hits)
        {
            var isHead = heads.Any(h => h >= hit.FirstTerm && h <= hit.LastTerm);
            foreach (var target in hit.Entry.Targets.Where(t => hit.Weight(t) > 0 && eligible[t.Target]))
            {
                if (isHead)
                {
                    aliasInName[target.Target] = NameAlias;
                }
                else
                {
                    aliasInText[target.Target] = OtherAlias;
                }
            }
        }
        // The touchpoint's own subject as its name says it ("refund" for Refunds), so that "tracking refunds" in the
        // description is read as a facet of refunds, not as a link to order tracking.
        var subject = nameTerms
            .Where(t => !TermText.IsStopWord(t.Word))
            .Select(t => t.Stem)
            .ToHashSet(StringComparer.Ordinal);
        hits.Clear();
        textTerms = knowledge.AliasIndex.Find(textTerms, hits);
        // The subject in the description's own words: aliases of the types the name names ("shipping" for Delivery),
        // so that "shipping speed" is read as a facet of delivery, not as a link to performance and uptime.
        var ownWords = new HashSet<string>(subject, StringComparer.Ordinal);
        foreach (var hit in hits.Where(h => h.Entry.Targets.Any(t => h.Weight(t) > 0 && aliasInName[t.Target] > 0)))
        {
            for (var k = hit.FirstTerm; k <= hit.LastTerm; k++)
            {
                ownWords.Add(textTerms[k].Stem);
            }
        }
        foreach (var hit in hits)
        {
            var next = hit.LastTerm + 1;
            if (next < textTerms.Count && !textTerms[next].BreakBefore && subject.Contains(textTerms[next].Stem))
            {
                continue;
            }
            var previous = hit.FirstTerm - 1;
            var qualified =
                previous >= 0 && !textTerms[hit.FirstTerm].BreakBefore && ownWords.Contains(textTerms[previous].Stem);
            foreach (var target in hit.Entry.Targets.Where(t => hit.Weight(t) > 0))
            {
                if (!qualified || aliasInName[target.Target] > 0)
                {
                    aliasInText[target.Target] = OtherAlias;
                }
            }
        }
        hits.Clear();
        knowledge.VocabularyIndex.Find(nameTerms, hits);
        foreach (var target in hits.SelectMany(h => h.Entry.Targets.Where(t => h.Weight(t) > 0)))
        {
            vocabulary[target.Target] += target.Weight / 3 * 0.8;
        }
        hits.Clear();
        knowledge.VocabularyIndex.Find(textTerms, hits);
        foreach (var target in hits.SelectMany(h => h.Entry.Targets.Where(t => h.Weight(t) > 0)))
        {
            vocabulary[target.Target] += target.Weight / 3 * 0.5;
        }

        var scored = new List<TouchpointLink>();
        for (var i = 0; i < types.Count; i++)
        {
            if (!eligible[i])
            {
                continue;
            }
            var byName = aliasInName[i] > 0;
            var score = Math.Max(aliasInName[i], aliasInText[i]) + Math.Min(2, vocabulary[i]);
            if (score >= MinScore && (byName || score >= SecondaryMinScore))
            {
                scored.Add(new TouchpointLink(types[i].Id, Math.Round(score, 3), byName));
            }
        }
        if (scored.Count == 0)
        {
            return [];
        }
        var best = scored.Max(l => l.Score);
        return
        [
            .. scored
                .Where(l => l.Score >= ShareOfBest * best)
                .OrderByDescending(l => l.Score)
                .ThenBy(l => l.TypeId, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// The head of each part of a name: names are split at "and", "&amp;", "/" and punctuation, and a part's head is
    /// the
    /// last word of its opening run of content words ("Order confirmation emails" → emails; "Delivery to the door" →
    /// delivery). Words too generic to name anything ("management", "experience") are skipped ("Order management" →
    /// order).
    /// </summary>
    internal static List<int> NameHeads(List<Term> nameTerms)
    {
        var heads = new List<int>();
        var i = 0;
        while (i < nameTerms.Count)
        {
            var head = -1;
            var fallback = -1;
            var inRun = true;
            var k = i;
            for (; k < nameTerms.Count; k++)
            {
                var t = nameTerms[k];
                if (k > i && (t.BreakBefore || Conjunctions.Contains(t.Word)))
                {
                    break;
                }
                if (Conjunctions.Contains(t.Word))
                {
                    continue;
                }
                if (!inRun)
                {
                    continue;
                }
                if (TermText.IsStopWord(t.Word))
                {
                    if (head >= 0 || fallback >= 0)
                    {
                        inRun = false;
                    }
                    continue;
                }
                if (TermText.IsGenericCatalogWord(t.Word))
                {
                    fallback = k;
                }
                else
                {
                    head = k;
                }
            }
            if (head >= 0 || fallback >= 0)
            {
                heads.Add(head >= 0 ? head : fallback);
            }
            i = Math.Max(k, i + 1);
        }
        return heads;
    }

    /// <summary>A name's terms, with "&amp;", "/", "+" and brackets read as breaks between its parts.</summary>
    private static List<Term> NameTerms(string name) => TermText.Terms(PartSeparators().Replace(name, " . "));

    [GeneratedRegex(@"[&/+()\[\]|]")]
    private static partial Regex PartSeparators();

    /// <summary>The head stems of a touchpoint's name (see <see cref="NameHeads"/>).</summary>
    internal static HashSet<string> NameHeadStems(string name)
    {
        var terms = NameTerms(name);
        return NameHeads(terms).Select(h => terms[h].Stem).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every stem of every name, description and keyword in the catalog: the domain test's haystack.</summary>
    internal static HashSet<string> CatalogStems(TouchpointCatalog catalog)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in catalog.Touchpoints)
        {
            foreach (
                var term in TermText.Terms($"{catalog.Name} {t.Name} {t.Description} {string.Join(' ', t.Keywords)}")
            )
            {
                stems.Add(term.Stem);
            }
        }
        return stems;
    }
}
