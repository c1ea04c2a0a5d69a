using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Engine.Touchpoints;

/// <summary>
/// Seed 004's "touchpoints customers are actually experiencing that we might be missing". Looks only at customer
/// records whose annotation has no touchpoint or only a weak one, then proposes, in this order:
/// <list type="number">
/// <item>built-in knowledge types that no catalog touchpoint links to and that enough uncovered records are about
/// (a record belongs to the type it scores highest on, with at least one strong word);</item>
/// <item>among the records still unexplained, frequent distinctive words and word pairs ("gift wrapping"):
/// at least the minimum support and distinct customers, at least 1.5× as frequent as in the whole data set,
/// not already in the catalog's vocabulary; a pair wins over its words when it carries most of their use.</item>
/// </list>
/// Deterministic: support descending, then id.
/// </summary>
public static class TouchpointDiscovery
{
    private const double MinTypeScore = 3;

    public static IReadOnlyList<DiscoveredTouchpoint> Discover(
        IReadOnlyList<EvidenceRecord> records, IReadOnlyList<Annotation> annotations, TouchpointCatalog catalog, DiscoveryOptions? options = null)
    {
        options ??= new DiscoveryOptions();
        var knowledge = options.Knowledge ?? TouchpointKnowledge.Default;
        var minSupport = options.SupportFor(records.Count);
        var byEvidence = new Dictionary<string, Annotation>(StringComparer.Ordinal);
        foreach (var a in annotations) byEvidence[a.EvidenceId] = a;

        var uncovered = records.Where(r => !r.IsBusinessSpeaker && !string.IsNullOrWhiteSpace(r.Text) &&
            (!byEvidence.TryGetValue(r.Id, out var a) || a.Touchpoints.Count == 0 || a.Touchpoints[0].Confidence < options.WeakConfidence)).ToList();
        if (uncovered.Count < minSupport) return [];

        var catalogStems = TouchpointLinker.CatalogStems(catalog);
        var linked = catalog.Touchpoints.SelectMany(t => TouchpointLinker.Link(t, catalogStems, knowledge)).Select(l => l.TypeId).ToHashSet(StringComparer.Ordinal);
        var usedIds = catalog.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        var results = new List<DiscoveredTouchpoint>();
        var rest = FromKnowledge(uncovered, knowledge, linked, OutOfDomain(knowledge, catalogStems, uncovered), usedIds, minSupport, options, results);
        var covered = new TouchpointMatcher(catalog, knowledge);
        results.AddRange(NgramClusters.Find(rest, records, covered, usedIds, minSupport, options.MinDistinctCustomers));
        return [.. results.Take(options.MaxResults)];
    }

    /// <summary>
    /// Industry types whose domain words occur neither in the catalog nor in at least two uncovered records: they are
    /// not read at all (a restaurant's "tiny car park" is not about hotel rooms).
    /// </summary>
    private static HashSet<int> OutOfDomain(TouchpointKnowledge knowledge, HashSet<string> catalogStems, List<EvidenceRecord> uncovered)
    {
        var recordCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in uncovered)
            foreach (var stem in TermText.Terms(r.Text).Select(t => t.Stem).Distinct(StringComparer.Ordinal))
                recordCounts[stem] = recordCounts.GetValueOrDefault(stem) + 1;
        var outOfDomain = new HashSet<int>();
        for (var i = 0; i < knowledge.Types.Count; i++)
        {
            var domain = knowledge.DomainStems[i];
            if (domain.Count > 0 && !domain.Overlaps(catalogStems) && !domain.Any(d => recordCounts.GetValueOrDefault(d) >= 2))
                outOfDomain.Add(i);
        }
        return outOfDomain;
    }

    private static List<EvidenceRecord> FromKnowledge(List<EvidenceRecord> uncovered, TouchpointKnowledge knowledge, HashSet<string> linked, HashSet<int> outOfDomain,
        HashSet<string> usedIds, int minSupport, DiscoveryOptions options, List<DiscoveredTouchpoint> results)
    {
        var groups = new Dictionary<int, List<(EvidenceRecord Record, List<string> Words)>>();
        var rest = new List<EvidenceRecord>();
        var hits = new List<TermHit>();
        foreach (var record in uncovered)
        {
            var terms = TermText.Terms(record.Text);
            hits.Clear();
            terms = knowledge.VocabularyIndex.Find(terms, hits);
            var scores = new Dictionary<int, double>();
            foreach (var hit in hits)
                foreach (var target in hit.Entry.Targets.Where(t => !outOfDomain.Contains(t.Target) && hit.Weight(t) > 0))
                    scores[target.Target] = scores.GetValueOrDefault(target.Target) + target.Weight * hit.Factor;
            var best = scores.Where(p => p.Value >= MinTypeScore).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (int?)p.Key).FirstOrDefault();
            if (best is not { } type || linked.Contains(knowledge.Types[type].Id)) { rest.Add(record); continue; }
            var words = hits.Where(h => h.Entry.Targets.Any(t => t.Target == type && t.Weight >= TouchpointKnowledge.Medium))
                .Select(h => record.Text[terms[h.FirstTerm].Start..terms[h.LastTerm].End].ToLowerInvariant()).ToList();
            if (!groups.TryGetValue(type, out var list)) groups[type] = list = [];
            list.Add((record, words));
        }

        foreach (var (type, members) in groups.OrderByDescending(g => g.Value.Count).ThenBy(g => knowledge.Types[g.Key].Id, StringComparer.Ordinal))
        {
            var customers = members.Select(m => m.Record.CustomerId ?? m.Record.Id).Distinct().Count();
            if (members.Count < minSupport || customers < options.MinDistinctCustomers)
            {
                rest.AddRange(members.Select(m => m.Record));
                continue;
            }
            var kt = knowledge.Types[type];
            var terms = members.SelectMany(m => m.Words.Distinct()).GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).Take(8).ToList();
            var id = UniqueId(kt.Id, usedIds);
            results.Add(new DiscoveredTouchpoint(
                new Touchpoint
                {
                    Id = id,
                    Name = kt.Name,
                    Description = kt.Description,
                    Stage = kt.Stage,
                    Keywords = terms,
                    Origin = TouchpointOrigin.Discovered,
                },
                [.. members.Select(m => m.Record.Id)],
                terms));
        }
        return rest;
    }

    internal static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
