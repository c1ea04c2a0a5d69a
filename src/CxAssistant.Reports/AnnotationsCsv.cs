using System.Globalization;
using CsvHelper;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Reports;

/// <summary>
/// annotations.csv: one row per evidence item, joinable to the input by <c>record_id</c> (the id column's value,
/// else the row number) and <c>source</c>. Touchpoints are semicolon-separated ids, primary first.
/// </summary>
public static class AnnotationsCsv
{
    public static readonly string[] Header =
    [
        "record_id",
        "source",
        "line",
        "evidence_id",
        "channel",
        "customer_id",
        "timestamp",
        "touchpoints",
        "sentiment",
        "sentiment_label",
        "emotions",
        "intent",
        "job_state",
        "effort",
        "failure",
        "pains",
        "confidence",
        "text",
    ];

    public static void Write(TextWriter writer, AnalysisResult analysis)
    {
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }
        csv.EndRecord();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var r = analysis.Records[i];
            var a = analysis.Annotations[i];
            csv.WriteField(r.RecordId);
            csv.WriteField(r.Source.File);
            csv.WriteField(r.Source.Line.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Id);
            csv.WriteField(r.Channel.ToName());
            csv.WriteField(r.CustomerId ?? "");
            csv.WriteField(r.Timestamp?.ToString("O", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(string.Join(';', a.Touchpoints.Select(t => t.TouchpointId)));
            csv.WriteField(a.Sentiment.ToString("0.000", CultureInfo.InvariantCulture));
            csv.WriteField(a.SentimentLabel.ToString().ToLowerInvariant());
            csv.WriteField(string.Join(';', a.Emotions.Select(e => e.ToString().ToLowerInvariant())));
            csv.WriteField(Kebab(a.Intent.ToString()));
            csv.WriteField(a.JobState.ToString().ToLowerInvariant());
            csv.WriteField(a.Effort ? "1" : "0");
            csv.WriteField(a.Failure ? "1" : "0");
            csv.WriteField(string.Join(';', CueLabels.Values(a.Cues, CueLabels.Pain).Distinct(StringComparer.Ordinal)));
            csv.WriteField(a.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(SpreadsheetSafe(r.Text));
            csv.EndRecord();
        }
    }

    /// <summary>
    /// Customer text that starts like a spreadsheet formula (= + - @ tab CR) gets a leading apostrophe, as OWASP
    /// recommends, so opening the file in Excel never runs it. Other columns are ids and numbers we produce.
    /// </summary>
    public static string SpreadsheetSafe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>"HelpRequest" → "help-request".</summary>
    public static string Kebab(string pascal) =>
        string.Concat(
            pascal.Select(
                (c, i) =>
                    char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()
            )
        );
}
