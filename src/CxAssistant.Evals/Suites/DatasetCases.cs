using System.Text.Json;
using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// Turns the lines of a labelled JSONL file into cases (one record each), so the dev sets are used as they are.
/// </summary>
internal static class DatasetCases
{
    public static IEnumerable<EvalCase> Read(DatasetSpec spec, string suitePath)
    {
        var file = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(suitePath))!, spec.Path));
        if (!File.Exists(file))
        {
            throw new SuiteException($"{suitePath}: dataset '{spec.Path}' not found ({file}).");
        }
        var lineNo = 0;
        foreach (var line in File.ReadLines(file))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonObject row;
            try
            {
                row =
                    JsonNode.Parse(line) as JsonObject
                    ?? throw new SuiteException($"{file}, line {lineNo}: expected a JSON object.");
            }
            catch (JsonException e)
            {
                throw new SuiteException($"{file}, line {lineNo}: malformed JSON ({e.Message.Split('.')[0]}).", e);
            }
            var id = row[spec.IdField]?.ToString()
                ?? throw new SuiteException($"{file}, line {lineNo}: missing '{spec.IdField}'.");
            var text = row[spec.TextField]?.ToString()
                ?? throw new SuiteException($"{file}, line {lineNo}: missing '{spec.TextField}'.");
            var expect = new JsonObject();
            // A line without a field is not judged on it (a team's labelled set corrects some labels of a record, not
            // all).
            foreach (var field in spec.Expect.Where(row.ContainsKey))
            {
                expect[field] = row[field]?.DeepClone();
            }
            var record = new RecordInput
            {
                Id = id,
                Text = text,
                Channel = Channel(spec.ChannelField is null ? null : row[spec.ChannelField]?.ToString()),
                Rating =
                    spec.RatingField is not null
                    && row[spec.RatingField] is JsonValue r
                    && r.TryGetValue<double>(out var rating)
                        ? rating
                        : null,
                Nps =
                    spec.NpsField is not null && row[spec.NpsField] is JsonValue n && n.TryGetValue<int>(out var nps)
                        ? nps
                        : null,
            };
            var inputs = new CaseInputs
            {
                Records = [record],
                Paths = spec.Paths,
                Catalog = spec.CatalogField is null ? spec.Catalog : row[spec.CatalogField]?.ToString(),
            };
            CaseInputs? control = null;
            if (spec.ControlField is not null)
            {
                var controlText = row[spec.ControlField]?.ToString()
                    ?? throw new SuiteException($"{file}, line {lineNo}: missing '{spec.ControlField}'.");
                control = inputs with { Records = [record with { Text = controlText }] };
            }
            yield return new EvalCase
            {
                Id = id,
                Inputs = inputs,
                Control = control,
                Expect = expect,
                Tags =
                [
                    .. spec.Tags,
                    .. new[] { row["domain"]?.ToString(), row["industry"]?.ToString() }.OfType<string>(),
                    .. spec.TagFields.Select(f => row[f]?.ToString()).OfType<string>(),
                ],
            };
        }
    }

    /// <summary>Dev-set domains are not all channel names ("support" is a chat or call).</summary>
    private static string Channel(string? domain) =>
        domain switch
        {
            null => "review",
            "support" => "chat",
            _ => domain,
        };
}
