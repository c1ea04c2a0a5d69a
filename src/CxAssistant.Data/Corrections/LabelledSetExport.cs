using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;
using CxAssistant.Ingestion;

namespace CxAssistant.Data.Corrections;

/// <summary>
/// The team's corrected records as a labelled set (docs/corrections.md): one JSONL line per record with the labels the
/// team set (sentiment, intent, primary touchpoint), and next to it a suite file <c>cx eval run</c> reads, so the
/// annotator is measured against the team's own judgement. Text is redacted as the analysis reads it, unless asked.
/// </summary>
public static class LabelledSetExport
{
    public sealed record Result(int Records, int Irrelevant, string SuitePath);

    public static Result Write(
        IngestResult ingest,
        IReadOnlyList<Correction> corrections,
        string jsonlPath,
        string? catalog,
        bool rawText = false,
        CancellationToken cancellationToken = default
    )
    {
        var labels = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var irrelevant = 0;
        foreach (var c in corrections.Where(c => c.IsRecord).OrderBy(c => c.Id))
        {
            if (c.Kind == CorrectionKind.Irrelevant)
            {
                irrelevant++;
                continue;
            }
            var row = labels.TryGetValue(c.Target, out var r) ? r : labels[c.Target] = new JsonObject();
            row[Field(c.Kind)] = c.Kind switch
            {
                // The evaluation's label words: help_request, as the annotation output schema writes it.
                CorrectionKind.Intent => c.Value.Replace('-', '_'),
                CorrectionKind.Touchpoints => c.Touchpoints.FirstOrDefault() ?? "",
                _ => c.Value,
            };
        }
        var records = ingest.Records.Where(r => labels.ContainsKey(r.Id)).ToList();
        var texts = rawText ? records : RecordRedaction.Apply(records, new PlaceholderTable(), cancellationToken);
        var full = Path.GetFullPath(jsonlPath);
        var lines = new StringBuilder();
        for (var i = 0; i < records.Count; i++)
        {
            var line = new JsonObject
            {
                ["id"] = records[i].Id,
                ["record"] = records[i].RecordId,
                ["domain"] = records[i].Channel.ToName(),
                ["text"] = texts[i].Text,
            };
            if (records[i].Rating is { } rating)
            {
                line["rating"] = rating;
            }
            if (records[i].Nps is { } nps)
            {
                line["nps"] = nps;
            }
            foreach (var (key, value) in labels[records[i].Id])
            {
                line[key] = value?.DeepClone();
            }
            lines.AppendLine(
                line.ToJsonString(
                    new JsonSerializerOptions
                    {
                        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                    }
                )
            );
        }
        var suitePath = Path.ChangeExtension(full, ".suite.yaml");
        WriteAtomically(full, lines.ToString());
        WriteAtomically(suitePath, Suite(Path.GetFileName(full), records.Count, catalog, labels.Values));
        return new Result(records.Count, irrelevant, suitePath);
    }

    private static string Field(CorrectionKind kind) =>
        kind switch
        {
            CorrectionKind.Sentiment => "sentiment",
            CorrectionKind.Intent => "intent",
            _ => "touchpoint",
        };

    private static string Suite(string jsonl, int count, string? catalog, IEnumerable<JsonObject> rows)
    {
        var expect = new[] { "sentiment", "intent", "touchpoint" }
            .Where(f => rows.Any(r => r.ContainsKey(f)) && (f != "touchpoint" || catalog is not null))
            .ToList();
        var paths = new Dictionary<string, string>
        {
            ["sentiment"] = "annotations[0].sentimentLabel",
            ["intent"] = "annotations[0].intent",
            ["touchpoint"] = "annotations[0].touchpoints[0]",
        };
        var sb = new StringBuilder()
            .AppendLine(
                "# Written by cx correct --export: the annotator against the team's "
                    + "own corrections (docs/corrections.md)."
            )
            .AppendLine(
                "# Touchpoints are judged only with a catalog (cx correct --export "
                    + "FILE --catalog <catalog.yaml|preset>)."
            )
            .AppendLine("name: team-corrections")
            .AppendLine(
                $"description: The offline annotator's labels against the team's corrections ({count} records)."
            )
            .AppendLine("stage: annotation")
            .AppendLine("providers: [offline]")
            .AppendLine("thresholds:")
            .AppendLine("  pass: 0.6")
            .AppendLine("assert:")
            .AppendLine("  - type: labels")
            .AppendLine("    fields:");
        foreach (var f in expect.DefaultIfEmpty("sentiment"))
        {
            sb.AppendLine($"      {f}: {paths[f]}");
        }
        sb.AppendLine("datasets:")
            .AppendLine($"  - path: {Quote(jsonl)}")
            .AppendLine($"    expect: [{string.Join(", ", expect)}]")
            .AppendLine("    channelField: domain")
            .AppendLine("    ratingField: rating")
            .AppendLine("    npsField: nps");
        if (catalog is not null)
        {
            sb.AppendLine($"    catalog: {Quote(catalog)}");
        }
        return sb.ToString();
    }

    private static string Quote(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Written beside and moved into place, so a failed export never leaves half a file.</summary>
    private static void WriteAtomically(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(temporary, content, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
