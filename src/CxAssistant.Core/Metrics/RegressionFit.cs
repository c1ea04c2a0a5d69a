namespace CxAssistant.Core.Metrics;

/// <summary>
/// An ordinary least-squares fit y = b0 + b1·x1 + … + bk·xk. Arrays are indexed 0 = intercept, 1..k = predictors.
/// <see cref="DegreesOfFreedom"/> = n − k − 1; p-values are two-sided t tests of b = 0.
/// </summary>
public sealed record RegressionFit(
    IReadOnlyList<double> Coefficients,
    IReadOnlyList<double> StandardErrors,
    IReadOnlyList<double> TValues,
    IReadOnlyList<double> PValues,
    double RSquared,
    int N,
    int DegreesOfFreedom
);
