namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Agreement of predicted labels with gold labels: item count, accuracy, macro-F1 over the classes that
/// occur in gold or predictions, and per-class F1.
/// </summary>
public sealed record ClassificationReport(
    int Count,
    double Accuracy,
    double MacroF1,
    IReadOnlyDictionary<string, double> F1ByClass
)
{
    public override string ToString() =>
        $"n={Count} acc={Accuracy:0.000} macroF1={MacroF1:0.000} ["
        + string.Join(
            ", ",
            F1ByClass.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value:0.00}")
        )
        + "]";
}
