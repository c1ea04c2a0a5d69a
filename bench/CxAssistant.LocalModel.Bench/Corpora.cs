using System.Text.Json;

namespace CxAssistant.LocalModel.Bench;

/// <summary>The converted public sets (evals/public/convert.py writes them to /work/data/converted).</summary>
internal static class Corpora
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("CX_PUBLIC_DATA") is { Length: > 0 } f ? f : "/work/data/converted";

    public static IReadOnlyList<JsonElement> Rows(string name)
    {
        var path = Path.Combine(Folder, name + ".jsonl");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"{path} is missing: run evals/public/convert.py (evals/public/README.md)."
            );
        }
        return [.. File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    public static string Text(JsonElement row) => row.GetProperty("text").GetString()!;

    public static string Field(JsonElement row, string name) => row.GetProperty(name).GetString()!;
}
