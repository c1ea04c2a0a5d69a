namespace CxAssistant.Core.Metrics;

/// <summary>
/// One touchpoint as a driver of the outcome. <see cref="Effect"/> is the standardised regression coefficient
/// (β·sd(x)/sd(y)) in a regression, the Pearson correlation in the fallback; <see cref="Coefficient"/> is the raw
/// coefficient (outcome points per unit of sentiment; null in the fallback); <see cref="PValue"/> is two-sided;
/// <see cref="N"/> counts scored customers who mention the touchpoint.
/// </summary>
public sealed record KeyDriver(
    string TouchpointId,
    double Effect,
    double? Coefficient,
    double PValue,
    int N,
    double Correlation
);
