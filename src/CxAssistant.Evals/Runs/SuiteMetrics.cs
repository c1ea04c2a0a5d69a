using CxAssistant.Analysis.Annotators;
using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Runs;

/// <summary>
/// Suite-level numbers for one variant: score, pass rate, accuracy and macro-F1 per labelled field, mean score per
/// assertion type, totals.
/// </summary>
internal static class SuiteMetrics
{
    public static VariantResult Summarise(EvalSuite suite, EvalVariant variant, IReadOnlyList<CaseResult> cases)
    {
        var counted = cases.Where(c => c.Status != "skipped").ToList();
        var scored = counted.Where(c => c.Score is not null).ToList();
        var passRate = counted.Count == 0 ? 0 : (double)counted.Count(c => c.Status == "pass") / counted.Count;
        var errors = cases.Count(c => c.Status == "error");
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in cases.SelectMany(c => c.Assertions).Where(a => a.Score is not null).GroupBy(a => a.Type))
        {
            metrics[group.Key + ".mean"] = Math.Round(group.Average(a => a.Score!.Value), 4);
        }
        foreach (var (field, gold, predicted) in LabelPairs(cases))
        {
            var report = ClassificationMetrics.Evaluate(gold, predicted);
            metrics[field + ".accuracy"] = Math.Round(report.Accuracy, 4);
            metrics[field + ".macroF1"] = Math.Round(report.MacroF1, 4);
            metrics[field + ".n"] = report.Count;
        }
        return new VariantResult
        {
            Id = variant.Id,
            Provider = variant.Provider,
            Prompt = variant.Prompt,
            Model = variant.Model,
            Score = scored.Count == 0 ? 0 : Math.Round(scored.Average(c => c.Score!.Value), 4),
            PassRate = Math.Round(passRate, 4),
            Passed = errors == 0 && passRate >= suite.Thresholds.Pass,
            Cases = cases.Count,
            Errors = errors,
            Flaky = cases.Count(c => c.Repeats?.Flaky == true),
            Metrics = metrics,
            InputTokens = cases.Sum(c => c.InputTokens),
            OutputTokens = cases.Sum(c => c.OutputTokens),
            CostUsd = cases.Any(c => c.Status != "error" && c.CostUsd is null)
                ? null
                : Math.Round(cases.Sum(c => c.CostUsd ?? 0), 8),
            JudgeInputTokens = cases.Sum(c => c.JudgeInputTokens),
            JudgeOutputTokens = cases.Sum(c => c.JudgeOutputTokens),
            JudgeCostUsd = cases.Any(c => c.JudgeCostUsd is null)
                ? null
                : Math.Round(cases.Sum(c => c.JudgeCostUsd ?? 0), 8),
            CaseResults = cases,
        };
    }

    /// <summary>Gold and predicted labels per field, from the labels assertions' details.</summary>
    private static IEnumerable<(string Field, List<string> Gold, List<string> Predicted)> LabelPairs(
        IReadOnlyList<CaseResult> cases
    )
    {
        var pairs = new SortedDictionary<string, (List<string> Gold, List<string> Predicted)>(StringComparer.Ordinal);
        foreach (
            var details in cases
                .SelectMany(c => c.Assertions)
                .Where(a => a.Type == "labels" && a.Details is not null)
                .Select(a => a.Details!)
        )
        {
            foreach (
                var (key, gold) in details.Where(kv =>
                    kv.Key.StartsWith(LabelsEvaluator.GoldPrefix, StringComparison.Ordinal)
                )
            )
            {
                var field = key[LabelsEvaluator.GoldPrefix.Length..];
                if (!pairs.TryGetValue(field, out var lists))
                {
                    pairs[field] = lists = ([], []);
                }
                lists.Gold.Add(gold);
                lists.Predicted.Add(details.GetValueOrDefault(LabelsEvaluator.PredictedPrefix + field, "none"));
            }
        }
        return pairs.Select(p => (p.Key, p.Value.Gold, p.Value.Predicted));
    }
}
