using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Seed 004's "touchpoints customers are actually experiencing that we might be missing". Reads every customer
/// record (not the business's own turns or analytics lines) sentence by sentence; a sentence is <em>explained</em>
/// when a catalog touchpoint matches it with real evidence (<see cref="DiscoveryOptions.WeakConfidence"/>). Working on
/// sentences means a theme is found even when its records also carry (weak, unrelated or partly right) catalog
/// matches: "Rental deposit still not refunded" is rightly filed under Returns, and still talks about rentals.
/// Proposes, in this order:
/// <list type="number">
/// <item>built-in knowledge types that no catalog touchpoint links to, when enough unexplained sentences are about
/// them (a sentence belongs to the type it scores highest on, with at least one strong word); the evidence is every
/// record with a sentence about the type, explained or not;</item>
/// <item>themes of the remaining unexplained sentences (see <see cref="NgramClusters"/>): frequent, distinctive
/// words no catalog vocabulary covers, grouped by word family and co-occurrence ("rental", "rented", "rent-to-buy",
/// "deposit") and named from their top terms.</item>
/// </list>
/// Every proposal needs the minimum support (records) and distinct customers. Deterministic: knowledge proposals by
/// support then id, then themes by support then name.
/// </summary>
public static class TouchpointDiscovery
{
    private const double MinTypeScore = 3;

    /// <param name="records">All records of the analysis; only customers' own words are read.</param>
    /// <param name="annotations">The catalog annotations of the records; used to say where the catalog files a
    /// proposal's records today.</param>
    /// <param name="catalog">The catalog in use (the user's or a preset).</param>
    /// <param name="options">Thresholds; null = defaults.</param>
    /// <param name="cancellationToken">Checked per record and per sentence.</param>
    public static IReadOnlyList<DiscoveredTouchpoint> Discover(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        DiscoveryOptions? options = null,
        CancellationToken cancellationToken = default
    ) => Run(records, annotations, catalog, options, cancellationToken).Touchpoints;

    /// <summary>As <see cref="Discover"/>, with the number of themes dropped because no noun phrase names them.</summary>
    public static DiscoveryResult Run(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog,
        DiscoveryOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        options ??= new DiscoveryOptions();
        var knowledge = options.Knowledge ?? TouchpointKnowledge.Default;
        var minSupport = options.SupportFor(records.Count);
        var voices = records.Where(IsCustomerVoice).ToList();
        if (voices.Count < minSupport)
        {
            return new DiscoveryResult([], 0);
        }

        var matcher = new TouchpointMatcher(catalog, knowledge);
        var units = DiscoveryUnit.Split(voices, matcher, options.WeakConfidence, cancellationToken);
        var filed = FiledUnder(annotations, catalog);
        var catalogStems = TouchpointLinker.CatalogStems(catalog);
        var linked = TouchpointLinker
            .LinkCatalog(catalog, knowledge)
            .SelectMany(l => l)
            .Select(l => l.TypeId)
            .ToHashSet(StringComparer.Ordinal);
        var usedIds = catalog.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var context = new DiscoveryContext(
            voices,
            units,
            new bool[units.Count],
            filed,
            usedIds,
            minSupport,
            options.MinDistinctCustomers
        )
        {
            CancellationToken = cancellationToken,
        };

        // Reading sentences as knowledge types and clustering themes are independent (the types read only the units'
        // text; themes claim units), so they run side by side.
        var reading = Task.Run(() =>
            ReadTypes(context, knowledge, matcher, linked, OutOfDomain(knowledge, catalogStems, units, minSupport))
        );
        var themes = NgramClusters.Find(context, matcher, knowledge);
        var (best, words, clear) = reading.GetAwaiter().GetResult();
        // Themes first, so that a frequent theme ("rental") keeps its sentences whole; a theme most of whose sentences
        // read as one knowledge type is proposed as that type ("parking" → Location and parking).
        var typed = new List<DiscoveredTouchpoint>();
        var named = new List<NgramClusters.Theme>();
        var taken = new HashSet<int>();
        foreach (var theme in themes)
        {
            var type = theme
                .Units.Where(u => best[u] >= 0)
                .GroupBy(u => best[u])
                .OrderByDescending(g => g.Count())
                .ThenBy(g => g.Key)
                .FirstOrDefault(g => g.Count() >= 0.5 * theme.Units.Count && !taken.Contains(g.Key));
            if (type is null)
            {
                named.Add(theme);
                continue;
            }
            taken.Add(type.Key);
            context.UsedIds.Remove(theme.Proposal.Touchpoint.Id);
            typed.Add(
                FromType(
                    context,
                    knowledge.Types[type.Key],
                    theme.Units,
                    type.SelectMany(u => words[u].Distinct()).Concat(theme.Proposal.Terms)
                )
            );
        }
        typed.AddRange(FromKnowledge(context, knowledge, best, words, clear, taken));
        // Every theme is a class of the naming's class-based TF-IDF; only the ones no knowledge type names are renamed.
        var namings = ThemeNamer.Name(
            context,
            [.. named.Select(t => t.Units), .. themes.Except(named).Select(t => t.Units)],
            matcher
        );
        var kept = new List<DiscoveredTouchpoint>();
        foreach (var theme in named)
        {
            context.UsedIds.Remove(theme.Proposal.Touchpoint.Id);
        }
        for (var i = 0; i < named.Count; i++)
        {
            if (namings[i] is { } naming)
            {
                kept.Add(Renamed(context, named[i], naming));
            }
        }
        return new DiscoveryResult(
            [
                .. typed
                    .OrderByDescending(d => d.EvidenceIds.Count)
                    .ThenBy(d => d.Touchpoint.Id, StringComparer.Ordinal)
                    .Concat(
                        kept.OrderByDescending(d => d.EvidenceIds.Count)
                            .ThenBy(d => d.Touchpoint.Name, StringComparer.Ordinal)
                    )
                    .Take(options.MaxResults),
            ],
            named.Count - kept.Count
        );
    }

    /// <summary>A theme named by its most distinctive noun phrase, with its sub-themes.</summary>
    private static DiscoveredTouchpoint Renamed(
        DiscoveryContext context,
        NgramClusters.Theme theme,
        ThemeNamer.Naming naming
    )
    {
        var proposal = theme.Proposal;
        var name = char.ToUpperInvariant(naming.Name[0]) + naming.Name[1..];
        var terms =
            (List<string>)
                [
                    .. new[] { naming.Name }
                        .Concat(naming.SubThemes.Select(s => s.Phrase))
                        .Concat(proposal.Terms)
                        .Distinct(StringComparer.Ordinal)
                        .Take(8),
                ];
        var subThemes =
            naming.SubThemes.Count == 0
                ? ""
                : " Sub-themes: "
                    + string.Join(", ", naming.SubThemes.Select(s => $"\"{s.Phrase}\" ({s.Records} records)"))
                    + ".";
        var evidence = proposal.EvidenceIds;
        return new DiscoveredTouchpoint(
            proposal.Touchpoint with
            {
                Id = UniqueId(CatalogLoader.Kebab(naming.Name), context.UsedIds),
                Name = name,
                Description =
                    $"Customers talk about \"{naming.Name}\", which no catalog touchpoint covers.{subThemes} "
                    + context.Summary(evidence),
                Keywords = terms,
            },
            evidence,
            terms
        );
    }

    /// <summary>What customers said: not the business's turns in a transcript, not analytics summary lines.</summary>
    internal static bool IsCustomerVoice(EvidenceRecord r) => r.IsCustomerVoice && !string.IsNullOrWhiteSpace(r.Text);

    /// <summary>Evidence id → the catalog touchpoint its annotation files it under first (if any).</summary>
    private static Dictionary<string, string> FiledUnder(
        IReadOnlyList<Annotation> annotations,
        TouchpointCatalog catalog
    )
    {
        var ids = catalog.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var filed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in annotations)
        {
            if (a.Touchpoints.FirstOrDefault(t => ids.Contains(t.TouchpointId)) is { } first)
            {
                filed[a.EvidenceId] = first.TouchpointId;
            }
        }
        return filed;
    }

    /// <summary>
    /// Industry types whose domain words occur neither in the catalog nor in as many unexplained sentences as a
    /// proposal
    /// needs: they are not read at all (a restaurant's "tiny car park" is not about hotel rooms, a sleeping pad's
    /// "quiet, great sleep" not about hotel rooms either).
    /// </summary>
    private static HashSet<int> OutOfDomain(
        TouchpointKnowledge knowledge,
        HashSet<string> catalogStems,
        List<DiscoveryUnit> units,
        int minSupport
    )
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var u in units.Where(u => !u.Explained))
        {
            foreach (var stem in u.Terms.Select(t => t.Stem).Distinct(StringComparer.Ordinal))
            {
                counts[stem] = counts.GetValueOrDefault(stem) + 1;
            }
        }
        var outOfDomain = new HashSet<int>();
        for (var i = 0; i < knowledge.Types.Count; i++)
        {
            var domain = knowledge.DomainStems[i];
            if (
                domain.Count > 0
                && !domain.Overlaps(catalogStems)
                && !domain.Any(d => counts.GetValueOrDefault(d) >= Math.Max(2, minSupport))
            )
            {
                outOfDomain.Add(i);
            }
        }
        return outOfDomain;
    }

    /// <summary>
    /// Per sentence, the unlinked, in-domain knowledge type it is best read as (−1: none) and the words that show it.
    /// Only strong evidence counts: generic words and words a catalog touchpoint already reads ("comfortable" when
    /// the catalog has Product quality) are skipped, and a sentence needs one strong word or alias of the type.
    /// </summary>
    internal static (int[] Best, List<string>[] Words, bool[] Clear) ReadTypes(
        DiscoveryContext context,
        TouchpointKnowledge knowledge,
        TouchpointMatcher catalog,
        HashSet<string> linked,
        HashSet<int> outOfDomain
    )
    {
        var units = context.Units;
        var best = new int[units.Count];
        var words = new List<string>[units.Count];
        var clear = new bool[units.Count];
        var hits = new List<TermHit>();
        var covered = new Dictionary<TermEntry, bool>(ReferenceEqualityComparer.Instance);
        // A sentence's reading depends on its text alone, and large corpora repeat sentences: read each text once.
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            if ((u & 1023) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
            best[u] = -1;
            words[u] = [];
            if (seen.TryGetValue(units[u].Text, out var first))
            {
                best[u] = best[first];
                words[u] = [.. words[first]];
                clear[u] = clear[first];
                continue;
            }
            seen[units[u].Text] = u;
            hits.Clear();
            var terms = knowledge.VocabularyIndex.Find(units[u].Terms, hits);
            var text = units[u].Text;
            var scores = new Dictionary<int, (double Score, bool Strong)>();
            var entries = new Dictionary<int, int>();
            var phrase = new HashSet<int>();
            foreach (var hit in hits)
            {
                if (hit.Entry.Stems.Length == 1 && knowledge.GenericStems.Contains(hit.Entry.Stems[0]))
                {
                    continue;
                }
                if (!covered.TryGetValue(hit.Entry, out var isCovered))
                {
                    covered[hit.Entry] = isCovered = catalog
                        .Match(string.Join(' ', hit.Entry.Stems))
                        .Any(m => m.Confidence >= 0.3);
                }
                if (isCovered)
                {
                    continue;
                }
                foreach (
                    var target in hit.Entry.Targets.Where(t => !outOfDomain.Contains(t.Target) && hit.Weight(t) > 0)
                )
                {
                    var (score, strong) = scores.GetValueOrDefault(target.Target);
                    scores[target.Target] = (
                        score + target.Weight * hit.Factor,
                        strong || target.Weight >= TouchpointKnowledge.Strong
                    );
                    entries[target.Target] = entries.GetValueOrDefault(target.Target) + 1;
                    if (hit.Entry.Stems.Length > 1 && target.Weight >= TouchpointKnowledge.Strong)
                    {
                        phrase.Add(target.Target);
                    }
                }
            }
            var top = scores
                .Where(p => p.Value.Score >= MinTypeScore && p.Value.Strong)
                .OrderByDescending(p => p.Value.Score)
                .ThenBy(p => p.Key)
                .Select(p => (int?)p.Key)
                .FirstOrDefault();
            // A sentence best read as a type the catalog links is about a catalog touchpoint, whatever else it says.
            if (top is not { } type || linked.Contains(knowledge.Types[type].Id))
            {
                continue;
            }
            best[u] = type;
            clear[u] = entries.GetValueOrDefault(type) >= 2 || phrase.Contains(type);
            words[u] =
            [
                .. hits.Where(h =>
                        h.Entry.Targets.Any(t =>
                            t.Target == type && t.Weight >= TouchpointKnowledge.Medium && h.Weight(t) > 0
                        )
                    )
                    .Select(h => text[terms[h.FirstTerm].Start..terms[h.LastTerm].End].ToLowerInvariant()),
            ];
        }
        return (best, words, clear);
    }

    /// <summary>
    /// Knowledge types proposed on their own (not through a theme) need sentences that say it clearly: two words of the
    /// type, or one of its phrases ("five stars" alone does not make a feedback touchpoint).
    /// </summary>
    private static List<DiscoveredTouchpoint> FromKnowledge(
        DiscoveryContext context,
        TouchpointKnowledge knowledge,
        int[] best,
        List<string>[] words,
        bool[] clear,
        HashSet<int> taken
    )
    {
        var units = context.Units;
        var results = new List<DiscoveredTouchpoint>();
        var candidates = Enumerable
            .Range(0, units.Count)
            .Where(u =>
                best[u] >= 0 && clear[u] && !units[u].Explained && !context.Claimed[u] && !taken.Contains(best[u])
            )
            .GroupBy(u => best[u])
            .Select(g => (Type: g.Key, Records: context.RecordCount(g)))
            .OrderByDescending(c => c.Records)
            .ThenBy(c => knowledge.Types[c.Type].Id, StringComparer.Ordinal)
            .ToList();
        foreach (var (type, _) in candidates)
        {
            // Its evidence: every record with a sentence about it, explained or not, once unexplained sentences carry
            // it.
            var members = Enumerable.Range(0, units.Count).Where(u => best[u] == type && !context.Claimed[u]).ToList();
            if (!context.Enough(members.Where(u => clear[u] && !units[u].Explained)))
            {
                continue;
            }
            foreach (var u in members)
            {
                context.Claimed[u] = true;
            }
            results.Add(
                FromType(context, knowledge.Types[type], members, members.SelectMany(u => words[u].Distinct()))
            );
        }
        return results;
    }

    /// <summary>
    /// A proposal named and described after a knowledge type, with its most frequent words as keywords.
    /// </summary>
    internal static DiscoveredTouchpoint FromType(
        DiscoveryContext context,
        KnowledgeType type,
        IEnumerable<int> units,
        IEnumerable<string> words
    )
    {
        var terms = words
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .Take(8)
            .ToList();
        var evidence = context.EvidenceIds(units);
        return new DiscoveredTouchpoint(
            new Touchpoint
            {
                Id = UniqueId(type.Id, context.UsedIds),
                Name = type.Name,
                Description = $"{type.Description} {context.Summary(evidence)}",
                Stage = type.Stage,
                Keywords = terms,
                Origin = TouchpointOrigin.Discovered,
            },
            evidence,
            terms
        );
    }

    internal static string UniqueId(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }
        return candidate;
    }
}
