using System.Globalization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Finds the catalogue remedies that fit a touchpoint and fills their templates. A remedy fits when its touchpoint
/// types match, or when its signal words appear in at least two of the touchpoint's customer records (so a bakery's
/// "Takeaway and delivery" still gets the app-payment remedy when customers talk about the app crashing at payment).
/// </summary>
internal static class RemedyMatcher
{
    private const int MaxSpecifics = 3;

    /// <summary>Signal hits a remedy needs to be used at a touchpoint type it was not written for.</summary>
    private const int CrossTypeHits = 3;

    public static IReadOnlyList<RemedyCandidate> Match(
        TouchpointContext ctx,
        RemedyCatalogue catalogue,
        IReadOnlySet<string> usedElsewhere
    )
    {
        var candidates = new List<RemedyCandidate>();
        // A remedy that speaks of NPS answers or detractors fits only data that has them, and its stand-in the rest.
        var hasNps = ctx.Analysis.Scoring.Overall.Nps is not null;
        var business = TouchpointKinds.OfBusiness(ctx.Analysis.Catalog);
        foreach (var remedy in catalogue.Remedies)
        {
            if (remedy.NeedsNps is { } needsNps && needsNps != hasNps)
            {
                continue;
            }
            // Written for businesses that do something this one does not (deliver, take returns, hand over pre-orders).
            if (!remedy.BusinessHas.All(business.Contains))
            {
                continue;
            }
            // A remedy already proposed for a higher-priority touchpoint would only repeat itself here.
            if (!remedy.IsGeneral && usedElsewhere.Contains(remedy.Id))
            {
                continue;
            }
            var fits =
                remedy.Touchpoints.Any(t => t == Remedy.Any || ctx.Kinds.Contains(t))
                && !remedy.NotAt.Any(ctx.Kinds.Contains);
            // A remedy written for a situation (a home visit, a counter queue) addresses a pain only where the customers
            // raising it speak of that situation: a clinic's waiting-room waits never get an engineer's arrival window.
            var said = remedy.Said.Select(n => catalogue.Named[n]).ToList();
            IReadOnlyList<string> pains = remedy.IsGeneral
                ? [.. ctx.Pains.Take(1).Select(p => p.Pain)]
                : [.. remedy.Pains.Where(p => ctx.PainCount(p) > 0 && (said.Count == 0 || ctx.SaidWith(p, said)))];
            if (pains.Count == 0)
            {
                continue;
            }
            // Scanning every mention for the signal words is the costly part: only for remedies whose pains occur here.
            // A remedy written for another touchpoint type counts only the signal words said in the same sentence as
            // this touchpoint: a review that praises the prices and, elsewhere, grumbles about a morning queue is
            // evidence for the queue, not for a queue remedy at "Price and value".
            var hits = Hits(ctx, remedy, sameSentence: !fits);
            // A remedy's words describe the situation it changes. When customers here use them, a pain none of those
            // customers raise is not the remedy's (an arrival window is for the waits its words come with, not for a
            // broken promise about a quote), except the first pain of a remedy written for this touchpoint type, which
            // it addresses as a whole; when nobody uses them, the remedy is for its type as written.
            if (!remedy.IsGeneral && hits.Count > 0)
            {
                pains = [.. pains.Where(p => fits && p == remedy.Pains[0] || hits.Any(h => ctx.HasPain(h.Record, p)))];
                if (pains.Count == 0)
                {
                    continue;
                }
            }
            if (remedy.NeedsEvidence && hits.Count < 2)
            {
                continue;
            }
            if (!fits && !StrongEvidence(ctx, hits, pains))
            {
                continue;
            }
            var (values, specifics) = Values(ctx, remedy, hits);
            var title = HypothesisTemplate.Fill(remedy.Title, values);
            var change = HypothesisTemplate.Fill(remedy.Change, values);
            var resources = HypothesisTemplate.Fill(remedy.Resources, values);
            if (title is null || change is null || resources is null)
            {
                continue;
            }
            var used = specifics
                .Where(s =>
                    change.Contains(s.Text, StringComparison.Ordinal)
                    || title.Contains(s.Text, StringComparison.Ordinal)
                    || resources.Contains(s.Text, StringComparison.Ordinal)
                )
                .ToList();
            // Evidence-specific remedies beat type-only ones; general remedies come last.
            var score =
                (remedy.IsGeneral ? 0 : 2) + Math.Min(hits.Count, 6) + (fits ? 8 : 0) + (used.Count > 0 ? 2 : 0);
            candidates.Add(new RemedyCandidate(remedy, title, change, resources, hits, pains, used, fits, score));
        }
        return candidates;
    }

    /// <summary>
    /// Whether customers' words make a remedy written for another touchpoint type worth proposing here: at least three
    /// records use its words, and those that also carry one of its pains are at least a tenth of that pain's records
    /// here (a handful of "an hour late" among 150 waiting complaints at a bar is not a delivery problem).
    /// </summary>
    private static bool StrongEvidence(TouchpointContext ctx, List<SignalHit> hits, IReadOnlyList<string> pains)
    {
        if (hits.Count < CrossTypeHits)
        {
            return false;
        }
        var withPain = hits.Count(h => pains.Any(p => ctx.HasPain(h.Record, p)));
        return withPain >= Math.Max(2, (int)Math.Ceiling(0.1 * pains.Max(ctx.PainCount)));
    }

    /// <summary>
    /// The first signal word in each customer record of the touchpoint (analytics summaries are not customer words).
    /// </summary>
    private static List<SignalHit> Hits(TouchpointContext ctx, Remedy remedy, bool sameSentence)
    {
        var hits = new List<SignalHit>();
        if (remedy.Signals.Count == 0)
        {
            return hits;
        }
        foreach (var i in ctx.Mentions)
        {
            var record = ctx.Record(i);
            if (record.Channel == Channel.Analytics)
            {
                continue;
            }
            var text = ctx.LowerText(i);
            // The most specific signal found wins (signals are listed most specific first).
            for (var rank = 0; rank < remedy.Signals.Count; rank++)
            {
                var at = sameSentence
                    ? IndexOfWordNear(ctx, i, text, remedy.Signals[rank])
                    : IndexOfWord(text, remedy.Signals[rank]);
                if (at < 0)
                {
                    continue;
                }
                hits.Add(new SignalHit(i, at, at + remedy.Signals[rank].Length, rank));
                break;
            }
        }
        return hits;
    }

    /// <summary>
    /// Index of a word or phrase starting at a word boundary (suffixes allowed: "refund" finds "refunded").
    /// </summary>
    internal static int IndexOfWord(string lowerText, string word, int from = 0)
    {
        if (from >= lowerText.Length)
        {
            return -1;
        }
        for (
            var at = lowerText.IndexOf(word, from, StringComparison.Ordinal);
            at >= 0;
            at = at + 1 < lowerText.Length ? lowerText.IndexOf(word, at + 1, StringComparison.Ordinal) : -1
        )
        {
            if (at == 0 || !char.IsLetterOrDigit(lowerText[at - 1]))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// The first occurrence of the word in a sentence that also holds a mention of the touchpoint, or -1.
    /// </summary>
    private static int IndexOfWordNear(TouchpointContext ctx, int record, string lowerText, string word)
    {
        var at = IndexOfWord(lowerText, word);
        if (at < 0)
        {
            return -1; // most records lack most signals: nothing to place, nothing to allocate
        }
        var id = ctx.Score.TouchpointId;
        var touchpoints = ctx.Analysis.Annotations[record].Touchpoints;
        for (; at >= 0; at = IndexOfWord(lowerText, word, at + 1))
        {
            var (s, e) = HypothesisSpecifics.Sentence(ctx.Record(record).Text, at, at + word.Length);
            // A mention without a span (the whole record) cannot be placed; it does not vouch for any sentence.
            for (var k = 0; k < touchpoints.Count; k++)
            {
                var m = touchpoints[k];
                if (m.TouchpointId == id && m.End > m.Start && m.Start < e && m.End > s)
                {
                    return at;
                }
            }
        }
        return -1;
    }

    private static (Dictionary<string, string> Values, List<EvidenceQuote> Specifics) Values(
        TouchpointContext ctx,
        Remedy remedy,
        List<SignalHit> hits
    )
    {
        var values = new Dictionary<string, string>(ctx.Wording, StringComparer.Ordinal)
        {
            ["touchpoint"] = ctx.Name,
            ["owner"] = ctx.Owner,
            ["mentions"] = ctx.Mentions.Count.ToString(CultureInfo.InvariantCulture),
        };
        var specifics = new List<EvidenceQuote>();
        // One record is an anecdote, not a pattern: templates that state the count need at least two.
        if (hits.Count >= 2)
        {
            values["signal_count"] = hits.Count.ToString(CultureInfo.InvariantCulture);
        }
        if (ctx.Partner is { } partner && ctx.PartnerSpan is { } span)
        {
            values["partner"] = partner;
            specifics.Add(span);
        }
        var amounts = Pick(ctx, hits, HypothesisSpecifics.Amounts, AmountKey);
        if (amounts.Count > 0)
        {
            values["amounts"] = HypothesisTemplate.JoinAnd([.. amounts.Select(a => a.Text)]);
        }
        var durations = Pick(ctx, hits, HypothesisSpecifics.Durations, DurationKey, d =>
            remedy.Units.Count == 0 || remedy.Units.Any(u => d.Contains(u, StringComparison.OrdinalIgnoreCase))
        );
        if (durations.Count > 0)
        {
            values["durations"] = HypothesisTemplate.JoinAnd([.. durations.Select(d => d.Text)]);
        }
        specifics.AddRange(amounts);
        specifics.AddRange(durations);
        return (values, specifics);
    }

    /// <summary>
    /// Figures found in the sentences where the remedy's signals occur, distinct by <paramref name="key"/>, the most
    /// repeated first and, among equals, the one with the most context ("$8 restocking fee" before "$8").
    /// </summary>
    private static List<EvidenceQuote> Pick(
        TouchpointContext ctx,
        List<SignalHit> hits,
        Func<string, int, int, IReadOnlyList<(int Start, int End)>> find,
        Func<string, string> key,
        Func<string, bool>? keep = null
    )
    {
        var found = new List<EvidenceQuote>();
        foreach (var hit in hits)
        {
            var record = ctx.Record(hit.Record);
            var (s, e) = HypothesisSpecifics.Sentence(record.Text, hit.Start, hit.End);
            found.AddRange(find(record.Text, s, e).Select(f => EvidenceQuote.Of(record, f.Start, f.End)));
        }
        return
        [
            .. found
                .Where(q => keep?.Invoke(q.Text) ?? true)
                .GroupBy(q => key(q.Text), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .ThenByDescending(g => g.Max(q => q.Text.Length))
                .Select(g => g.OrderByDescending(q => q.Text.Length).First())
                .Take(MaxSpecifics),
        ];
    }

    private static readonly string[] NumberWords =
    [
        "zero",
        "one",
        "two",
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
    ];

    /// <summary>"nine days" and "9 days" are the same duration.</summary>
    private static string DurationKey(string duration)
    {
        var words = duration.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var n = Array.IndexOf(NumberWords, words[0]);
        if (n >= 0)
        {
            words[0] = n.ToString(CultureInfo.InvariantCulture);
        }
        return string.Join(' ', words);
    }

    /// <summary>"$8 restocking fee" and "$8" are the same figure.</summary>
    private static string AmountKey(string amount)
    {
        var digits = new string([
            .. amount.SkipWhile(c => !char.IsDigit(c)).TakeWhile(c => char.IsDigit(c) || c == '.'),
        ]);
        return digits.Length > 0 ? digits : amount.ToLowerInvariant();
    }
}
