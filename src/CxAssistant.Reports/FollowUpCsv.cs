using System.Globalization;
using CsvHelper;
using CxAssistant.Core.Analysis;
using static CxAssistant.Reports.AnnotationsCsv;

namespace CxAssistant.Reports;

/// <summary>
/// follow-up.csv: every record that needs a reply (<see cref="ActionabilitySection"/>), newest first, for a team to
/// work
/// through: where it came from, who, which touchpoint, why, the words that show it and the whole (redacted) text.
/// </summary>
public static class FollowUpCsv
{
    public const string FileName = "follow-up.csv";

    public static readonly string[] Header =
    [
        "record_id",
        "source",
        "line",
        "customer_id",
        "timestamp",
        "touchpoint",
        "reason",
        "span_start",
        "span_end",
        "quote",
        "text",
    ];

    /// <summary>Whether the analysis has any record that needs a reply (the file is written only then).</summary>
    public static bool HasAny(AnalysisResult analysis) =>
        ActionabilitySection.NeedsReply(analysis, ActionabilitySection.Read(analysis)).Count > 0;

    public static void Write(TextWriter writer, AnalysisResult analysis)
    {
        var actions = ActionabilitySection.Read(analysis);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        foreach (var i in ActionabilitySection.NeedsReply(analysis, actions))
        {
            var (r, a) = (analysis.Records[i], actions[i]);
            csv.WriteField(SpreadsheetSafe(r.RecordId));
            csv.WriteField(r.Source.File);
            csv.WriteField(r.Source.Line.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(SpreadsheetSafe(r.CustomerId ?? ""));
            csv.WriteField(r.Timestamp?.ToString("O", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(analysis.Annotations[i].PrimaryTouchpoint ?? "");
            csv.WriteField(a.Reason);
            csv.WriteField(a.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(a.End.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(SpreadsheetSafe(r.Text[a.Start..a.End]));
            csv.WriteField(SpreadsheetSafe(r.Text));
            csv.EndRecord();
        }
    }
}
