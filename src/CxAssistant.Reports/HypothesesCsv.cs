using System.Globalization;
using CsvHelper;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Reports;

/// <summary>
/// backlog.csv: one row per hypothesis in backlog order (best bet first), every field, lists joined with " | ".
/// </summary>
public static class HypothesesCsv
{
    public const string ListSeparator = " | ";

    public static readonly string[] Header =
    [
        "rank",
        "id",
        "touchpoint_id",
        "touchpoint",
        "title",
        "pain",
        "change",
        "resources",
        "effort",
        "impact",
        "addressed_mentions",
        "mentions",
        "touchpoint_nps_impact",
        "quick_win",
        "metric",
        "baseline_kind",
        "baseline_value",
        "baseline_unit",
        "baseline_n",
        "baseline_how",
        "target",
        "method",
        "unintended_consequences",
        "kill_criterion",
        "quote",
        "quote_source",
        "quote_record",
        "evidence_ids",
        "pain_counts",
        "remedy",
        "provenance",
    ];

    public static void Write(TextWriter writer, HypothesisBacklog backlog, AnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        ArgumentNullException.ThrowIfNull(analysis);
        var records = Core.Validation.GroundingCheck.Index(analysis.Records);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        var rank = 0;
        foreach (var h in backlog.Overall)
        {
            var b = h.SuccessMetric.Baseline;
            var quote = h.Evidence.FirstOrDefault();
            var record = quote is null ? null : records.GetValueOrDefault(quote.EvidenceId);
            string[] row =
            [
                I(++rank),
                h.Id,
                h.TouchpointId,
                HypothesisBaselines.NameOf(analysis.Catalog, h.TouchpointId),
                h.Title,
                h.Pain,
                h.Change,
                h.Resources,
                HypothesesSection.Level(h.Effort),
                HypothesesSection.Level(h.ExpectedImpact.Level),
                I(h.ExpectedImpact.AddressedMentions),
                I(h.ExpectedImpact.Mentions),
                h.ExpectedImpact.TouchpointNpsImpact is { } n ? F(n) : "",
                h.QuickWin ? "1" : "0",
                h.SuccessMetric.Name,
                b.Kind,
                F(b.Value),
                b.Unit,
                I(b.N),
                b.HowComputed,
                h.SuccessMetric.Target,
                h.SuccessMetric.Method,
                string.Join(ListSeparator, h.UnintendedConsequences),
                h.KillCriterion,
                quote?.Text ?? "",
                record?.Source.ToString() ?? "",
                record?.RecordId ?? "",
                string.Join(ListSeparator, h.Evidence.Select(e => e.EvidenceId)),
                string.Join(ListSeparator, h.PainCounts.Select(p => $"{p.Pain}={I(p.Count)}")),
                h.RemedyId ?? "",
                h.Provenance.Source,
            ];
            foreach (var field in row)
            {
                csv.WriteField(field);
            }
            csv.EndRecord();
        }
    }

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
}
