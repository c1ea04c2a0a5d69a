using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Touchpoints;

/// <summary>
/// One sentence of a customer record, as discovery reads it: its terms and whether a catalog touchpoint explains it
/// with real evidence. Discovery works on sentences, not records, because a record that is rightly filed under
/// Returns may still say, in its next sentence, something the catalog has no touchpoint for.
/// </summary>
internal sealed partial record DiscoveryUnit(int Record, string Text, List<Term> Terms, bool Explained)
{
    /// <summary>The sentences of every record, each read by the catalog matcher.</summary>
    public static List<DiscoveryUnit> Split(IReadOnlyList<EvidenceRecord> records, TouchpointMatcher catalog, double explainedConfidence)
    {
        // Matching every sentence is the costly part: records are read in parallel, then kept in record order.
        var perRecord = new List<DiscoveryUnit>[records.Count];
        Parallel.For(0, records.Count, r =>
        {
            var list = new List<DiscoveryUnit>(2);
            foreach (var sentence in Sentences(records[r].Text))
            {
                var terms = TermText.Terms(sentence);
                if (terms.Count == 0) continue;
                var top = catalog.Match(sentence).FirstOrDefault();
                list.Add(new DiscoveryUnit(r, sentence, terms, top is not null && top.Confidence >= explainedConfidence));
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
