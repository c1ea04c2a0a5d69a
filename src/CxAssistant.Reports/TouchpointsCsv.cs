using System.Globalization;
using CsvHelper;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports;

/// <summary>
/// touchpoints.csv: one row per touchpoint in priority order, with the four scores and derived figures.
/// </summary>
public static class TouchpointsCsv
{
    public static readonly string[] Header =
    [
        "rank",
        "id",
        "name",
        "stage",
        "origin",
        "owner",
        "mentions",
        "customers",
        "emotional_impact",
        "emotional_impact_low",
        "emotional_impact_high",
        "emotional_level",
        "functional_performance",
        "functional_level",
        "frequency",
        "frequency_level",
        "business_impact",
        "business_level",
        "priority",
        "quick_win",
        "nps_impact",
        "nps",
        "csat",
        "thin_evidence",
    ];

    public static void Write(TextWriter writer, AnalysisResult analysis)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        var rank = 0;
        foreach (var s in analysis.Scoring.Touchpoints)
        {
            var tp = analysis.Catalog.Find(s.TouchpointId);
            csv.WriteField((++rank).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.TouchpointId);
            csv.WriteField(tp?.Name ?? s.TouchpointId);
            csv.WriteField(tp?.Stage.ToString().ToLowerInvariant() ?? "");
            csv.WriteField(tp?.Origin.ToString().ToLowerInvariant() ?? "");
            csv.WriteField(tp?.Owner ?? "");
            csv.WriteField(s.Mentions.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(s.Customers.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(F(s.EmotionalImpact.Value));
            csv.WriteField(F(s.EmotionalImpact.Low));
            csv.WriteField(F(s.EmotionalImpact.High));
            csv.WriteField(s.EmotionalImpact.Level);
            csv.WriteField(F(s.FunctionalPerformance.Value));
            csv.WriteField(s.FunctionalPerformance.Level);
            csv.WriteField(F(s.Frequency.Value));
            csv.WriteField(s.Frequency.Level);
            csv.WriteField(F(s.BusinessImpact.Value));
            csv.WriteField(s.BusinessImpact.Level);
            csv.WriteField(F(s.Priority, "0.0"));
            csv.WriteField(s.QuickWin ? "1" : "0");
            csv.WriteField(s.NpsImpact is { } n ? F(n, "0.0") : "");
            csv.WriteField(s.Metrics.Nps is { } nps ? F(nps.Score, "0.0") : "");
            csv.WriteField(s.Metrics.Csat is { } csat ? F(csat.Percent, "0.0") : "");
            csv.WriteField(s.ThinEvidence ? "1" : "0");
            csv.EndRecord();
        }
    }

    private static string F(double value, string format = "0.000") =>
        value.ToString(format, CultureInfo.InvariantCulture);
}
