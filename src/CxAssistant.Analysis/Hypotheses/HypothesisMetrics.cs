using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Names, targets and kill thresholds for success metrics, derived from the baseline so they always agree with it.
/// </summary>
public static class HypothesisMetrics
{
    public static string Name(HypothesisBaseline baseline, string touchpoint) =>
        baseline.Kind switch
        {
            BaselineKind.PainShare => $"Share of {touchpoint} mentions about {PainNames.About(baseline.Pain ?? "")}",
            BaselineKind.Nps => $"NPS among customers who mention {touchpoint}",
            BaselineKind.DetractorShare => $"Detractor share among customers who mention {touchpoint}",
            BaselineKind.Csat => $"CSAT among customers who mention {touchpoint}",
            BaselineKind.NegativeShare => $"Share of negative {touchpoint} mentions",
            BaselineKind.FailureShare => $"Share of {touchpoint} mentions reporting a failure",
            _ => baseline.Kind,
        };

    /// <summary>The baseline as a reader sees it: "21.4% of mentions (n=86)", "NPS −25 (n=71)".</summary>
    public static string Display(HypothesisBaseline baseline) =>
        baseline.Kind == BaselineKind.Nps
            ? $"{Signed(baseline.Value)} NPS points (n={baseline.N})"
            : $"{Num(baseline.Value)}{(baseline.Unit.StartsWith('%') ? "" : " ")}{baseline.Unit} (n={baseline.N})";

    /// <summary>
    /// Halve shares of pains, negative or failing mentions; move NPS +10 and detractor share or CSAT by 10 points.
    /// </summary>
    public static double TargetValue(HypothesisBaseline baseline) =>
        baseline.Kind switch
        {
            BaselineKind.Nps => Math.Min(100, baseline.Value + 10),
            BaselineKind.Csat => Math.Min(100, baseline.Value + 10),
            BaselineKind.DetractorShare => Math.Max(0, baseline.Value - 10),
            _ => Math.Round(baseline.Value / 2, 1),
        };

    public static bool HigherIsBetter(HypothesisBaseline baseline) =>
        baseline.Kind is BaselineKind.Nps or BaselineKind.Csat;

    public static string Target(HypothesisBaseline baseline)
    {
        var target = TargetValue(baseline);
        return baseline.Kind == BaselineKind.Nps ? $"{Signed(target)} or better (+10 points)"
            : HigherIsBetter(baseline) ? $"{Num(target)}{baseline.Unit} or more"
            : $"{Num(target)}{baseline.Unit} or less "
                + $"({(baseline.Kind == BaselineKind.DetractorShare ? "10 points lower" : "half the baseline")})";
    }

    /// <summary>
    /// A quarter of the way from baseline to target: less movement than that after the trial means stop.
    /// </summary>
    public static string Kill(HypothesisBaseline baseline, string metricName, int weeks, string? measure)
    {
        var target = TargetValue(baseline);
        var threshold = Math.Round(baseline.Value + (target - baseline.Value) / 4, 1);
        var value =
            baseline.Kind == BaselineKind.Nps
                ? Signed(threshold)
                : Num(threshold) + (baseline.Unit.StartsWith('%') ? "%" : "");
        var direction = HigherIsBetter(baseline) ? "below" : "above";
        return $"Stop or rethink if after {weeks} weeks the {Lower(metricName)} is "
            + $"still {direction} {value} (less than a quarter of the way to the "
            + $"target){(measure is null ? "" : $", or there is no improvement in the {measure}")}.";
    }

    // "NPS of …" keeps its acronym; "Share of …" reads "share of …" inside a sentence.
    private static string Lower(string s) =>
        s.Length == 0 || s.Length > 1 && char.IsUpper(s[1]) ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Num(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Signed(double v) => (v > 0 ? "+" : "") + Num(v);
}
