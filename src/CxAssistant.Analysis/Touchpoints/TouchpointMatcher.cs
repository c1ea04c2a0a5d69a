using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// The offline touchpoint matcher. Each catalog touchpoint gets a vocabulary (see <see cref="VocabularyBuilder"/>):
/// its keywords, the words of its name and description, and the customer vocabulary of the knowledge types it
/// links to. A text is scored by summing the weights of the vocabulary entries found in it (longest phrase
/// first); the primary touchpoint is the best score, others are kept when close. When nothing fits, a complaint
/// or request falls back to the catalog's customer-service touchpoint at low confidence (see
/// <see cref="Fallback"/>). Built once per catalog, immutable, thread-safe, allocation-light.
/// </summary>
public sealed class TouchpointMatcher : ITouchpointMatcher
{
    /// <summary>
    /// Evidence below this score is not a mention on its own (one description word is enough, one weak word is not).
    /// </summary>
    internal const double MinScore = 1.2;

    /// <summary>
    /// Secondary mentions must reach this share of the primary's score, or be strong evidence on their own.
    /// </summary>
    internal const double SecondaryShare = 0.4,
        StrongEvidence = 2.5;

    private const int MaxMentions = 3;

    private readonly TermIndex _index;
    private readonly string[] _ids;
    private readonly int _fallback;
    private readonly IReadOnlySet<string> _generic;
    private readonly TermIndex _idioms;
    private readonly bool[] _namedAfterGeneric;

    public TouchpointMatcher(TouchpointCatalog catalog, TouchpointKnowledge? knowledge = null)
    {
        Catalog = catalog;
        knowledge ??= TouchpointKnowledge.Default;
        var built = VocabularyBuilder.Build(catalog, knowledge);
        _index = built.Index;
        Links = built.Links;
        _ids = [.. catalog.Touchpoints.Select(t => t.Id)];
        _fallback = built.ServiceTouchpoint;
        _generic = knowledge.GenericStems;
        _idioms = knowledge.IdiomIndex;
        _namedAfterGeneric = [.. built.NameHeads.Select(h => h.Overlaps(_generic))];
    }

    public TouchpointCatalog Catalog { get; }

    /// <summary>The knowledge types each touchpoint (by id) was linked to, for explanations and tests.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<TouchpointLink>> Links { get; }

    /// <summary>The touchpoint that receives unattributed complaints and requests, if the catalog has one.</summary>
    public string? FallbackTouchpointId => _fallback >= 0 ? _ids[_fallback] : null;

    public static TouchpointMatcher Create(TouchpointCatalog catalog, TouchpointKnowledge? knowledge = null) =>
        new(catalog, knowledge);

    public IReadOnlyList<TouchpointMention> Match(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || _ids.Length == 0)
        {
            return [];
        }
        // Read within this call only, so the thread's reused list needs no copy.
        var terms = TermText.ScratchTerms(text);
        var hits = new List<TermHit>();
        terms = _index.Find(terms, hits);
        // The fallback reads words too: "tell me a joke" is not a complaint ("a joke") to send to customer service.
        var plainTerms = DropIdioms(terms, hits);

        var scores = new double[_ids.Length];
        var weakSupport = new double[_ids.Length];
        var spanWeight = new double[_ids.Length];
        var spanStart = new int[_ids.Length];
        var spanEnd = new int[_ids.Length];
        var phraseWords = new int[_ids.Length];
        var keywordSpans = KeywordSpans(hits);
        // Entries already counted once; a set (not a scan of earlier hits) keeps long texts linear.
        var seen = new HashSet<TermEntry>(ReferenceEqualityComparer.Instance);
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            // Saying "delayed" three times is one piece of evidence said loudly, not three: repeats count 30%.
            var repeat = seen.Add(hit.Entry) ? 1f : 0.3f;
            foreach (var target in hit.Entry.Targets)
            {
                var w = hit.Weight(target) * hit.Factor * repeat;
                if (w <= 0 || ClaimedByKeyword(keywordSpans, hit, target))
                {
                    continue;
                }
                if (IsGeneric(hit.Entry, target))
                {
                    weakSupport[target.Target] += w;
                    continue;
                }
                scores[target.Target] += w;
                phraseWords[target.Target] += hit.LastTerm - hit.FirstTerm;
                if (w > spanWeight[target.Target])
                {
                    spanWeight[target.Target] = w;
                    spanStart[target.Target] = terms[hit.FirstTerm].Start;
                    spanEnd[target.Target] = terms[hit.LastTerm].End;
                }
            }
        }
        // Generic words ("order", "buy", "work") support other evidence but are never evidence alone: they at most
        // double it.
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] += Math.Min(weakSupport[i], scores[i]);
        }

        // Equal evidence: the touchpoint read through longer phrases wins ("charged us for" over "bread"), as they are
        // the
        // more specific reading; then catalog order.
        int Compare(int a, int b) =>
            scores[a] != scores[b] ? scores[b].CompareTo(scores[a])
            : phraseWords[a] != phraseWords[b] ? phraseWords[b].CompareTo(phraseWords[a])
            : a.CompareTo(b);
        var top = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] > 0 && (top < 0 || Compare(i, top) < 0))
            {
                top = i;
            }
        }
        if (top < 0 || scores[top] < MinScore)
        {
            return Fallback.Mention(
                text,
                plainTerms,
                _fallback < 0 ? null : _ids[_fallback],
                top < 0 ? null : (_ids[top], spanStart[top], spanEnd[top])
            );
        }

        var ranked = new List<int>(MaxMentions);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= MinScore && (scores[i] >= SecondaryShare * scores[top] || scores[i] >= StrongEvidence))
            {
                ranked.Add(i);
            }
        }
        ranked.Sort(Compare);
        var topConfidence = Confidence(scores[top], ranked.Count > 1 ? scores[ranked[1]] : 0);
        var mentions = new List<TouchpointMention>(Math.Min(MaxMentions, ranked.Count));
        foreach (var i in ranked.Take(MaxMentions))
        {
            var confidence = i == top ? topConfidence : topConfidence * scores[i] / scores[top];
            mentions.Add(new TouchpointMention(_ids[i], Math.Round(confidence, 3), spanStart[i], spanEnd[i]));
        }
        return mentions;
    }

    /// <summary>
    /// Removes hits inside set phrases such as "out of the box" (even user keywords: the box is not meant); returns the
    /// terms outside them.
    /// </summary>
    private List<Term> DropIdioms(List<Term> terms, List<TermHit> hits)
    {
        var found = new List<TermHit>();
        _idioms.Find(terms, found);
        if (found.Count == 0)
        {
            return terms;
        }
        // reach[t] = the furthest end of an idiom starting at or before term t: one pass instead of a RemoveAll per
        // idiom, which was quadratic on long texts.
        var reach = new int[terms.Count];
        Array.Fill(reach, -1);
        foreach (var idiom in found)
        {
            reach[idiom.FirstTerm] = Math.Max(reach[idiom.FirstTerm], idiom.LastTerm);
        }
        for (var t = 1; t < reach.Length; t++)
        {
            reach[t] = Math.Max(reach[t], reach[t - 1]);
        }
        hits.RemoveAll(h => reach[h.FirstTerm] >= h.LastTerm);
        return [.. terms.Where((_, t) => reach[t] < t)];
    }

    /// <summary>
    /// The spans of user keywords found in a text and the touchpoints they name (null when there are none: the usual
    /// case).
    /// </summary>
    private static KeywordSpanList? KeywordSpans(List<TermHit> hits)
    {
        KeywordSpanList? spans = null;
        foreach (var hit in hits)
        {
            foreach (var target in hit.Entry.Targets)
            {
                if (target.Weight >= TermHit.KeywordWeight && hit.Weight(target) > 0)
                {
                    (spans ??= new KeywordSpanList()).Add(hit.FirstTerm, hit.LastTerm, hit.Entry);
                    break;
                }
            }
        }
        return spans;
    }

    /// <summary>
    /// Words the user made a keyword of belong to the keyword's touchpoints: a built-in phrase over the same words
    /// ("never showed up" around the keyword "showed up") does not count for other touchpoints.
    /// </summary>
    private static bool ClaimedByKeyword(KeywordSpanList? spans, TermHit hit, TermTarget target)
    {
        if (spans is null || target.Weight >= TermHit.KeywordWeight)
        {
            return false;
        }
        foreach (var entry in spans.Overlapping(hit.FirstTerm, hit.LastTerm))
        {
            if (!Array.Exists(entry.Targets, t => t.Target == target.Target && t.Weight >= TermHit.KeywordWeight))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A one-word entry such as "order" or "buying" that customers say about anything: weak support only, unless it is
    /// a user keyword or the touchpoint is named after a generic act ("Orders", "Booking"), where they are the point.
    /// </summary>
    private bool IsGeneric(TermEntry entry, TermTarget target) =>
        entry.Stems.Length == 1
        && target.Weight < TermHit.KeywordWeight
        && _generic.Contains(entry.Stems[0])
        && !_namedAfterGeneric[target.Target];

    /// <summary>Every vocabulary hit of a text with the touchpoint weights it adds (diagnostics and tests).</summary>
    internal IEnumerable<string> Explain(string text)
    {
        var terms = TermText.Terms(text);
        var hits = new List<TermHit>();
        _index.Find(terms, hits);
        foreach (var hit in hits)
        {
            yield return $"[{string.Join(' ', hit.Entry.Stems)}]x{hit.Factor}: "
                + string.Join(
                    ", ",
                    hit.Entry.Targets.Select(t =>
                        $"{_ids[t.Target]}={t.Weight:F2}{(IsGeneric(hit.Entry, t) ? " (_generic)" : "")}"
                    )
                );
        }
    }

    // Saturating in the evidence (one strong word ≈ 0.6, three ≈ 0.9) and discounted when a runner-up is close.
    private static double Confidence(double score, double runnerUp)
    {
        var strength = 1 - Math.Exp(-score / 3.5);
        var margin = runnerUp <= 0 ? 1 : 0.6 + 0.4 * (1 - runnerUp / score);
        return Math.Clamp(strength * margin, 0.05, 0.99);
    }
}
