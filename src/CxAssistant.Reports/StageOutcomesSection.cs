using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "Outcomes by journey stage": one metric per stage with its band and sample size, under the map; the wording is
/// shared
/// with the map's stage headings and the web journey view.
/// </summary>
public static class StageOutcomesSection
{
    public static void Write(StringBuilder sb, AnalysisResult analysis)
    {
        if (analysis.Stages.Count == 0)
        {
            return;
        }
        var metric = Label(analysis.Stages[0].Metric);
        sb.AppendLine("### Outcomes by journey stage").AppendLine();
        sb.Append(metric)
            .Append(" of the customers whose records concern each stage (they mention one of its touchpoints), ")
            .AppendLine("with its 95% band and the answers behind it; ⚠ = fewer than 10 answers.")
            .AppendLine();
        sb.Append("| Stage | Touchpoints | Records | ").Append(metric).AppendLine(" (95% band) | Answers |");
        sb.AppendLine("|---|---|---:|---|---:|");
        foreach (var s in analysis.Stages)
        {
            var names = s.Touchpoints.Select(id => Escape(analysis.Catalog.Find(id)?.Name ?? id));
            sb.Append("| ")
                .Append(s.Stage.ToString().ToLowerInvariant())
                .Append(" | ")
                .Append(string.Join(", ", names))
                .Append(" | ")
                .Append(s.Records)
                .Append(" | ")
                .Append(Value(s))
                .Append(s.Band is { } b ? $" ({Band(s, b)})" : "")
                .Append(" | ")
                .Append(s.Answers)
                .Append(s.Answers is > 0 and < 10 ? " ⚠" : "")
                .AppendLine(" |");
        }
        sb.AppendLine();
    }

    /// <summary>"NPS", "CSAT", "CES (1–7)", "rating (1–5)".</summary>
    public static string Label(StageMetric metric) =>
        metric switch
        {
            StageMetric.Nps => "NPS",
            StageMetric.Csat => "CSAT",
            StageMetric.Ces => "CES (1–7)",
            _ => "Rating (1–5)",
        };

    /// <summary>The stage's value as the metric is written ("+12", "64%", "4.2"); "–" without answers.</summary>
    public static string Value(StageOutcome s) =>
        s.Value is not { } v
            ? "–"
            : s.Metric switch
            {
                StageMetric.Nps => Signed(NoNegativeZero(v)),
                StageMetric.Csat => Num(v) + "%",
                _ => Num(v, 1),
            };

    /// <summary>"NPS −12 (95% band −30 … +5), 40 answers" for the web journey view.</summary>
    public static string Full(StageOutcome s) =>
        $"{Label(s.Metric)} {Value(s)}{(s.Band is { } b ? $" (95% band {Band(s, b)})" : "")}, {s.Answers} answers"
        + (s.Answers is > 0 and < 10 ? " ⚠ thin" : "");

    /// <summary>A short line for the map under the stage name: "NPS −12 · n 40".</summary>
    public static string Short(StageOutcome s) => $"{Label(s.Metric).Split(' ')[0]} {Value(s)} · n {s.Answers}";

    // −0.3 rounds to "-0" for a whole-number NPS: written as 0.
    private static double NoNegativeZero(double value) =>
        Math.Round(value, MidpointRounding.AwayFromZero) == 0 ? 0 : value;

    private static string Band(StageOutcome s, (double Low, double High) b) =>
        s.Metric switch
        {
            StageMetric.Nps => $"{Signed(NoNegativeZero(b.Low))} … {Signed(NoNegativeZero(b.High))}",
            StageMetric.Csat => $"{Num(b.Low)}% … {Num(b.High)}%",
            _ => $"{Num(b.Low, 1)} … {Num(b.High, 1)}",
        };
}
