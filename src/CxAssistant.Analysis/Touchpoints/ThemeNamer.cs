namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Names discovered themes the BERTopic way: class-based TF-IDF over noun phrases. Each theme's sentences form one
/// class, every other customer sentence one more ("the rest"); a phrase scores
/// <c>tf(phrase, class) / phrases(class) × log(1 + average phrases per class / frequency of the phrase overall)</c>, so
/// the name is what this theme's customers say often and other customers rarely. Only a noun phrase can name a theme
/// (<see cref="NounPhrases"/>): a lone word must be used as a noun (<see cref="NounUse"/>), never a verb, function
/// word, opinion word, vague or idiom noun ("end", "name", "hands", "deal"), brand or place; a name needs the minimum
/// distinct customers and a fair share of the theme's records; a catalog touchpoint must not already read it. A theme
/// with no such phrase has no name and is dropped (the caller counts it). The next distinctive phrases with their own
/// support are its sub-themes.
/// </summary>
internal static class ThemeNamer
{
    /// <summary>A name must be said in this share of the theme's records.</summary>
    internal const double MinNameShare = 0.15;

    private const int MaxSubThemes = 3;

    /// <summary>A modifier joins the name when it comes with this share of the head's records.</summary>
    private const double PairShare = 0.5;

    /// <summary>A theme's name, its sub-themes (phrase, records) and the sentences that carry any of them.</summary>
    internal sealed record Naming(string Name, IReadOnlyList<(string Phrase, int Records)> SubThemes, List<int> Units);

    /// <summary>One naming per cluster (same order); null where no noun phrase can name it.</summary>
    public static Naming?[] Name(DiscoveryContext context, IReadOnlyList<List<int>> clusters, TouchpointMatcher covered)
    {
        var units = context.Units;
        var rest = clusters.Count;
        var classOf = Enumerable.Repeat(rest, units.Count).ToArray();
        for (var c = clusters.Count - 1; c >= 0; c--)
        {
            foreach (var u in clusters[c])
            {
                classOf[u] = c;
            }
        }
        var counts = Enumerable.Range(0, rest + 1).Select(_ => new Dictionary<string, int>()).ToArray();
        var totals = new double[rest + 1];
        var overall = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalised = new Dictionary<string, (int Upper, int Total)>(StringComparer.Ordinal);
        var phraseUnits = Enumerable.Range(0, rest).Select(_ => new Dictionary<string, List<int>>()).ToArray();
        var cache = new Dictionary<string, NounPhrases.Phrase[]>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            if ((u & 1023) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }
            if (!cache.TryGetValue(units[u].Text, out var phrases))
            {
                cache[units[u].Text] = phrases = [.. NounPhrases.Of(units[u].Text)];
            }
            var c = classOf[u];
            foreach (var p in phrases)
            {
                counts[c][p.Text] = counts[c].GetValueOrDefault(p.Text) + 1;
                totals[c]++;
                overall[p.Text] = overall.GetValueOrDefault(p.Text) + 1;
                var (upper, total) = capitalised.GetValueOrDefault(p.Text);
                capitalised[p.Text] = (upper + (p.Capitalised ? 1 : 0), total + 1);
                if (c < rest)
                {
                    if (!phraseUnits[c].TryGetValue(p.Text, out var list))
                    {
                        phraseUnits[c][p.Text] = list = [];
                    }
                    list.Add(u);
                }
            }
        }
        var average = totals.Average();
        var namings = new Naming?[rest];
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < rest; c++)
        {
            var clusterRecords = context.RecordCount(clusters[c]);
            var ranked = counts[c]
                .Select(p =>
                    (Phrase: p.Key, Score: p.Value / Math.Max(1, totals[c]) * Math.Log(1 + average / overall[p.Key]))
                )
                .OrderByDescending(p => p.Score)
                .ThenBy(p => p.Phrase, StringComparer.Ordinal)
                .ToList();
            var eligible = new List<(string Phrase, int Records)>();
            foreach (var (phrase, _) in ranked)
            {
                if (eligible.Count > MaxSubThemes)
                {
                    break;
                }
                var members = phraseUnits[c][phrase];
                var records = context.RecordCount(members);
                if (
                    records < Math.Max(2, MinNameShare * clusterRecords)
                    || !context.EnoughCustomers(members)
                    || !CanName(phrase, capitalised[phrase], units, members)
                    || eligible.Any(e => SharesHead(e.Phrase, phrase))
                    || (eligible.Count == 0 && usedNames.Contains(phrase))
                    || covered.Match(phrase).Any(m => m.Confidence >= 0.3)
                )
                {
                    continue;
                }
                eligible.Add((phrase, records));
            }
            if (eligible.Count == 0)
            {
                continue;
            }
            // A head most of whose uses carry the same modifier is named with it ("ice cream", not "cream").
            if (!eligible[0].Phrase.Contains(' ', StringComparison.Ordinal))
            {
                var head = eligible[0];
                var pair = phraseUnits[c]
                    .Where(p => p.Key.EndsWith(" " + head.Phrase, StringComparison.Ordinal))
                    .Select(p => (Phrase: p.Key, Records: context.RecordCount(p.Value)))
                    .Where(p => p.Records >= PairShare * head.Records)
                    .OrderByDescending(p => p.Records)
                    .ThenBy(p => p.Phrase, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (
                    pair.Phrase is not null
                    && CanName(pair.Phrase, capitalised[pair.Phrase], units, phraseUnits[c][pair.Phrase])
                )
                {
                    eligible[0] = pair;
                }
            }
            usedNames.Add(eligible[0].Phrase);
            namings[c] = new Naming(
                eligible[0].Phrase,
                eligible.Skip(1).Where(e => context.EnoughCustomers(phraseUnits[c][e.Phrase])).ToList(),
                [.. eligible.SelectMany(e => phraseUnits[c][e.Phrase]).Distinct().Order()]
            );
        }
        return namings;
    }

    private static bool CanName(
        string phrase,
        (int Upper, int Total) capitalised,
        List<DiscoveryUnit> units,
        List<int> members
    )
    {
        if (capitalised.Upper >= 0.6 * capitalised.Total)
        {
            return false;
        }
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        var head = space < 0 ? phrase : phrase[(space + 1)..];
        if (space >= 0)
        {
            // A modifier and a head ("karaoke night", "pickup window"): the pair is never used as a verb phrase.
            var (noun, other) = NounUse.Uses(phrase, units, members);
            return head.Length >= 3 && !NgramClusters.IsOpinion(head) && noun >= other;
        }
        // A word English also uses as a verb ("show", "control", "open", "deal") names a theme only with its modifier:
        // alone, an owner reads it as an instruction or a fragment.
        return NounPhrases.CanName(head) && !IsVerb(head) && NounUse.IsNoun(head, units, members);
    }

    // A listed verb or one of its forms ("opened", "shows"); an -ing word is judged as itself, since "parking",
    // "seating" and "booking" are things customers meet (whether the data uses it as a noun is NounUse's question).
    private static bool IsVerb(string word)
    {
        var verbs = Jobs.Mining.JobLanguage.Default.Verbs;
        return verbs.Contains(word)
            || (!word.EndsWith("ing", StringComparison.Ordinal) && verbs.Contains(TermText.Stem(word)));
    }

    /// <summary>Two phrases that share a word, in any inflection ("control", "controls"), are one theme.</summary>
    private static bool SharesHead(string a, string b) =>
        a.Split(' ').Select(TermText.Stem).Intersect(b.Split(' ').Select(TermText.Stem), StringComparer.Ordinal).Any();
}
