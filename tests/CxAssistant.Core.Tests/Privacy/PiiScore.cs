using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>
/// Per-type counts. A prediction is a true positive when a gold span of the same type overlaps it (lenient) or equals
/// it (exact).
/// </summary>
internal sealed class PiiScore
{
    public int Gold { get; private set; }
    public int Predicted { get; private set; }
    public int TruePositives { get; private set; }
    public int FoundGold { get; private set; }
    public int Exact { get; private set; }

    public double Precision => Predicted == 0 ? 1 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)FoundGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double ExactRecall => Gold == 0 ? 1 : (double)Exact / Gold;

    public void Add(IReadOnlyList<PiiGoldSpan> gold, IReadOnlyList<Redaction> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        TruePositives += predicted.Count(p => gold.Any(g => Overlaps(g, p)));
        FoundGold += gold.Count(g => predicted.Any(p => Overlaps(g, p)));
        Exact += gold.Count(g => predicted.Any(p => p.OriginalStart == g.Start && p.OriginalEnd == g.End));
    }

    private static bool Overlaps(PiiGoldSpan g, Redaction p) => g.Start < p.OriginalEnd && p.OriginalStart < g.End;

    public static Dictionary<PiiType, PiiScore> Evaluate(
        IEnumerable<PiiCorpusItem> items,
        PiiRedactor redactor,
        Action<string>? onError = null
    )
    {
        var scores = Enum.GetValues<PiiType>().ToDictionary(t => t, _ => new PiiScore());
        foreach (var item in items)
        {
            var result = redactor.Redact(item.Text);
            foreach (var (type, score) in scores)
            {
                var gold = item.Entities.Where(e => e.Type == type).ToList();
                var predicted = result.Redactions.Where(r => r.Type == type).ToList();
                score.Add(gold, predicted);
                foreach (var p in predicted.Where(p => !gold.Any(g => Overlaps(g, p))))
                {
                    onError?.Invoke($"FP {type} {item.Id}: '{item.Text[p.OriginalStart..p.OriginalEnd]}'");
                }
                foreach (
                    var g in gold.Where(g =>
                        predicted.Any(p => Overlaps(g, p))
                        && !predicted.Any(p => p.OriginalStart == g.Start && p.OriginalEnd == g.End)
                    )
                )
                {
                    var overlapping = predicted
                        .Where(p => Overlaps(g, p))
                        .Select(p => item.Text[p.OriginalStart..p.OriginalEnd]);
                    onError?.Invoke(
                        $"PARTIAL {type} {item.Id}: gold '{item.Text[g.Start..g.End]}' "
                            + $"predicted '{string.Join("|", overlapping)}'"
                    );
                }
                foreach (var g in gold.Where(g => !predicted.Any(p => Overlaps(g, p))))
                {
                    onError?.Invoke(
                        $"FN {type} {item.Id}: '{item.Text[g.Start..g.End]}' in: {item.Text.ReplaceLineEndings(" ")}"
                    );
                }
            }
        }
        return scores;
    }
}
