using System.Globalization;
using CxAssistant.Evals.Runs;

namespace CxAssistant.Evals.Reports;

/// <summary>
/// Compares a run with baselines, case by case. A variant regresses when a case that passed now fails or errors,
/// when a case's score drops by more than the suite's <c>caseTolerance</c>, or when the suite score drops by more
/// than its <c>regression</c> threshold.
/// </summary>
public static class RunComparer
{
    /// <summary>Case diff kinds.</summary>
    public const string Regression = "regression",
        Improvement = "improvement",
        New = "new",
        Missing = "missing",
        OutputChanged = "output-changed";

    /// <summary>
    /// Compares every suite variant of <paramref name="run"/> with <paramref name="baselineFor"/>'s suite (null = no
    /// baseline).
    /// </summary>
    public static IReadOnlyList<VariantComparison> Compare(RunResults run, Func<string, SuiteResult?> baselineFor)
    {
        var list = new List<VariantComparison>();
        foreach (var suite in run.Suites)
        {
            var baseline = baselineFor(suite.Name);
            foreach (var variant in suite.Variants)
            {
                var before = baseline?.Variants.FirstOrDefault(v => v.Id == variant.Id);
                list.Add(
                    before is null
                        ? new VariantComparison(suite.Name, variant.Id, null, variant.Score, false, "no baseline", [])
                        : Compare(suite, variant, before)
                );
            }
        }
        return list;
    }

    private static VariantComparison Compare(SuiteResult suite, VariantResult now, VariantResult before)
    {
        var diffs = new List<CaseDiff>();
        var old = before.CaseResults.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var c in now.CaseResults)
        {
            if (!old.Remove(c.Id, out var b))
            {
                diffs.Add(new CaseDiff(c.Id, New, null, c.Status, null, c.Score, "not in the baseline"));
                continue;
            }
            var drop = (b.Score ?? 0) - (c.Score ?? 0);
            var worse =
                (b.Status == "pass" && c.Status is "fail" or "error")
                || (b.Status != "error" && c.Status == "error")
                || drop > suite.Thresholds.CaseTolerance + 1e-9;
            var better = !worse && ((b.Status is "fail" or "error" && c.Status == "pass") || -drop > 1e-9);
            if (worse)
            {
                diffs.Add(new CaseDiff(c.Id, Regression, b.Status, c.Status, b.Score, c.Score, Why(c, b)));
            }
            else if (better)
            {
                diffs.Add(new CaseDiff(c.Id, Improvement, b.Status, c.Status, b.Score, c.Score, Why(c, b)));
            }
            else if (b.OutputHash is not null && c.OutputHash is not null && b.OutputHash != c.OutputHash)
            {
                diffs.Add(
                    new CaseDiff(
                        c.Id,
                        OutputChanged,
                        b.Status,
                        c.Status,
                        b.Score,
                        c.Score,
                        "same score, different output"
                    )
                );
            }
        }
        foreach (var b in old.Values)
        {
            diffs.Add(new CaseDiff(b.Id, Missing, b.Status, null, b.Score, null, "in the baseline, not in this run"));
        }
        var suiteDrop = before.Score - now.Score;
        var regressed = diffs.Any(d => d.Kind == Regression) || suiteDrop > suite.Thresholds.Regression + 1e-9;
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"score {before.Score:0.0000} → {now.Score:0.0000} "
                + $"({-suiteDrop:+0.0000;-0.0000;0}), "
                + $"{diffs.Count(d => d.Kind == Regression)} regressions, "
                + $"{diffs.Count(d => d.Kind == Improvement)} improvements"
        );
        return new VariantComparison(suite.Name, now.Id, before.Score, now.Score, regressed, summary, diffs);
    }

    /// <summary>Which assertions changed, with the new reasons.</summary>
    private static string Why(CaseResult now, CaseResult before)
    {
        if (now.Status == "error")
        {
            return "error: " + now.Error;
        }
        var changed = now
            .Assertions.Where(a =>
                before.Assertions.FirstOrDefault(x => x.Type == a.Type) is not { } x
                || x.Score != a.Score
                || x.Status != a.Status
            )
            .Select(a =>
                (
                    $"{a.Type} "
                    + $"{Fmt(before.Assertions.FirstOrDefault(x => x.Type == a.Type)?.Score)}→{Fmt(a.Score)}: "
                    + $"{a.Reason}"
                )
            );
        return string.Join("; ", changed);
    }

    private static string Fmt(double? v) => v is null ? "–" : v.Value.ToString("0.###", CultureInfo.InvariantCulture);
}
