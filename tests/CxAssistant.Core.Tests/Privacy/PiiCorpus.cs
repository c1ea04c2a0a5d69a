using System.Text.Json;
using System.Text.Json.Serialization;
using CxAssistant.Core.Privacy;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>Loads the PII evaluation sets under evals/pii (found by walking up to CxAssistant.sln).</summary>
internal static class PiiCorpus
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>corpus.jsonl (the tuning corpus) or holdout.jsonl (written after tuning, never tuned on).</summary>
    public static IReadOnlyList<PiiCorpusItem> Load(string file = "corpus.jsonl")
    {
        var path = Path.Combine(RepositoryRoot.Path, "evals", "pii", file);
        return File.ReadLines(path)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line =>
                JsonSerializer.Deserialize<PiiCorpusItem>(line, Json)
                ?? throw new InvalidDataException($"Bad line in {path}: {line}")
            )
            .ToList();
    }
}

internal sealed record PiiCorpusItem(string Id, string Kind, string Text, IReadOnlyList<PiiGoldSpan> Entities);

internal sealed record PiiGoldSpan(PiiType Type, int Start, int End);
