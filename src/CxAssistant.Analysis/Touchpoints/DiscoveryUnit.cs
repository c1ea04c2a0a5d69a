using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// One sentence of a customer record, as discovery reads it: its terms and whether a catalog touchpoint explains it
/// with real evidence. Discovery works on sentences, not records, because a record that is rightly filed under
/// Returns may still say, in its next sentence, something the catalog has no touchpoint for.
/// </summary>
internal sealed partial record DiscoveryUnit(int Record, string Text, List<Term> Terms, bool Explained)
{
    /// <summary>The sentences of every record, each read by the catalog matcher.</summary>
    public static List<DiscoveryUnit> Split(
        IReadOnlyList<EvidenceRecord> records,
        TouchpointMatcher catalog,
        double explainedConfidence,
        CancellationToken cancellationToken = default
    )
    {
        // Matching every sentence is the costly part: records are read in parallel, then kept in record order. Large
        // corpora repeat sentences ("Really not good enough."), so each distinct sentence is read once; the terms and
        // the verdict depend on the sentence's text alone, and the shared term lists are only read.
        var perRecord = new List<DiscoveryUnit>[records.Count];
        var read = new ConcurrentDictionary<string, (List<Term> Terms, bool Explained)>(StringComparer.Ordinal);
        Parallel.For(0, records.Count, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            var list = new List<DiscoveryUnit>(2);
            foreach (var sentence in Sentences(records[r].Text))
            {
                if (!read.TryGetValue(sentence, out var known))
                {
                    var terms = TermText.Terms(sentence);
                    var top = terms.Count == 0 ? null : catalog.Match(sentence).FirstOrDefault();
                    known = read.GetOrAdd(sentence, (terms, top is not null && top.Confidence >= explainedConfidence));
                }
                if (known.Terms.Count == 0)
                {
                    continue;
                }
                list.Add(new DiscoveryUnit(r, sentence, known.Terms, known.Explained));
            }
            perRecord[r] = list;
        });
        return [.. perRecord.SelectMany(u => u)];
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    // After . ! ? ; followed by a space (not inside "3.5" or "e.g.x"), or at line breaks.
    [GeneratedRegex(@"(?<=[.!?;])\s+|[\r\n]+")]
    private static partial Regex SentenceBreak();
}
