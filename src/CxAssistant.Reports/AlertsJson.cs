using System.Text.Json;
using System.Text.Json.Serialization;
using CxAssistant.Core.Alerts;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports;

/// <summary>
/// alerts.json: the thresholds in effect and every alert they raised (empty list when none), so a scheduled job can
/// read
/// the outcome without parsing the report. Schema: README, "Alerts" (<see cref="SchemaVersion"/>).
/// </summary>
public static class AlertsJson
{
    public const string FileName = "alerts.json";
    public const string SchemaVersion = "1.0";

    /// <summary>The file's shape.</summary>
    public sealed record Document(
        string SchemaVersion,
        DateTimeOffset GeneratedAt,
        string? Before,
        string? After,
        AlertOptions Thresholds,
        IReadOnlyList<Alert> Alerts
    );

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write(
        Stream stream,
        AnalysisResult analysis,
        AlertOptions thresholds,
        IReadOnlyList<Alert> alerts
    )
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var document = new Document(
            SchemaVersion,
            analysis.GeneratedAt,
            analysis.Changes?.Before,
            analysis.Changes?.After,
            thresholds,
            alerts
        );
        JsonSerializer.Serialize(stream, document, Options);
    }

    public static Document? Read(Stream stream) => JsonSerializer.Deserialize<Document>(stream, Options);
}
