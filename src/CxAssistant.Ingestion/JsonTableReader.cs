using System.Text;
using System.Text.Json;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads JSON (an array of objects, or an object holding such an array, e.g. {"reviews":[…]}) and
/// JSON Lines (one object per line). Each row keeps the line its object starts on.
/// </summary>
internal static class JsonTableReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The parser options with the user's depth limit.</summary>
    private static JsonDocumentOptions Options(FileReadContext context) =>
        DocumentOptions with
        {
            MaxDepth = context.Options.MaxJsonDepth,
        };

    public static TabularData ReadDocument(string text, FileReadContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options(context));
        }
        catch (JsonException ex)
        {
            // A .json file that is really JSON Lines fails as one document at its second line.
            if (LooksLikeJsonLines(text, context))
            {
                return ReadLines(text, context);
            }
            var line = (int)(ex.LineNumber ?? 0) + 1;
            throw new InputFileException(
                $"invalid JSON at line {line}, position {(ex.BytePositionInLine ?? 0) + 1}: {Describe(ex)}",
                line
            );
        }
        using (document)
        {
            context.Format = "json";
            var path = JsonRecordLocator.FindRecordArray(document.RootElement);
            var table = new TabularData();
            if (path is null)
            {
                JsonFlattener.AddRow(table, document.RootElement, 1, 1);
                return table;
            }
            var lines = new LineIndex(bytes);
            var offsets = JsonRecordLocator.ElementOffsets(
                bytes,
                path,
                ReaderOptions with
                {
                    MaxDepth = context.Options.MaxJsonDepth,
                }
            );
            var array = path.Aggregate(document.RootElement, (e, name) => e.GetProperty(name));
            var row = 0;
            foreach (var element in array.EnumerateArray())
            {
                context.ThrowIfCancelled(row);
                var line = lines.LineOf(offsets[row]);
                row++;
                if (element.ValueKind is JsonValueKind.Object or JsonValueKind.String)
                {
                    JsonFlattener.AddRow(table, element, line, row);
                }
                else
                {
                    context.Skip(line, $"array item {row} is not a JSON object");
                }
            }
            return table;
        }
    }

    public static TabularData ReadLines(string text, FileReadContext context)
    {
        context.Format = "jsonl";
        var table = new TabularData();
        var lineNumber = 0;
        var row = 0;
        string? firstError = null;
        var options = Options(context);
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            context.ThrowIfCancelled(lineNumber);
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(line, options);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    context.Skip(lineNumber, "line is not a JSON object");
                    continue;
                }
                JsonFlattener.AddRow(table, document.RootElement, lineNumber, ++row);
            }
            catch (JsonException ex)
            {
                var reason = $"invalid JSON at position {(ex.BytePositionInLine ?? 0) + 1}: {Describe(ex)}";
                firstError ??= $"line {lineNumber}: {reason}";
                context.Skip(lineNumber, reason);
            }
        }
        if (table.Rows.Count == 0 && firstError is not null)
        {
            throw new InputFileException($"no valid JSON lines; first error at {firstError}");
        }
        return table;
    }

    private static bool LooksLikeJsonLines(string text, FileReadContext context)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2 || !lines[0].StartsWith('{'))
        {
            return false;
        }
        try
        {
            using var first = JsonDocument.Parse(lines[0], Options(context));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// The parser's message without its trailing "LineNumber: … | BytePositionInLine: …" (we report those ourselves).
    /// </summary>
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }
        var reason = (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.', '|');
        return reason.Contains("maximum configured depth", StringComparison.Ordinal)
            ? $"{reason} (limit: {InputLimits.JsonDepthOption})"
            : reason;
    }
}
