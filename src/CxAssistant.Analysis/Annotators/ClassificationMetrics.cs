namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Plain exact-label metrics for evaluating annotators (accuracy, per-class and macro-averaged F1).
/// Macro-F1 averages over every class present in gold or predictions, so predicting a class that never
/// occurs is penalised and a rare class counts as much as a frequent one.
/// </summary>
public static class ClassificationMetrics
{
    public static ClassificationReport Evaluate(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException(
                $"Gold has {gold.Count} labels but predictions have {predicted.Count}.",
                nameof(predicted)
            );
        }

        var tp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fp = new Dictionary<string, int>(StringComparer.Ordinal);
        var fn = new Dictionary<string, int>(StringComparer.Ordinal);
        var correct = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var p = predicted[i];
            tp.TryAdd(g, 0);
            tp.TryAdd(p, 0);
            if (g == p)
            {
                tp[g]++;
                correct++;
                continue;
            }
            fp[p] = fp.GetValueOrDefault(p) + 1;
            fn[g] = fn.GetValueOrDefault(g) + 1;
        }

        var f1 = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (label, t) in tp)
        {
            var precisionDen = t + fp.GetValueOrDefault(label);
            var recallDen = t + fn.GetValueOrDefault(label);
            var precision = precisionDen == 0 ? 0 : (double)t / precisionDen;
            var recall = recallDen == 0 ? 0 : (double)t / recallDen;
            f1[label] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        var macro = f1.Count == 0 ? 0 : f1.Values.Average();
        var accuracy = gold.Count == 0 ? 0 : (double)correct / gold.Count;
        return new ClassificationReport(gold.Count, accuracy, macro, f1);
    }

    /// <summary>Macro-averaged F1 of <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static double MacroF1(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) =>
        Evaluate(gold, predicted).MacroF1;

    public static double Accuracy(IReadOnlyList<string> gold, IReadOnlyList<string> predicted) =>
        Evaluate(gold, predicted).Accuracy;
}
