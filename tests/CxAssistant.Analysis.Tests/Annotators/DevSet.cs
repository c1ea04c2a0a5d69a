using System.Text.Json;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>Loads the language dev/holdout sets from the repository (found by walking up to CxAssistant.sln).</summary>
internal static class DevSet
{
    public static IReadOnlyList<DevSetItem> Load(string split)
    {
        var path = Path.Combine(RepositoryRoot(), "evals", "devset", $"language.{split}.jsonl");
        var items = new List<DevSetItem>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            items.Add(
                JsonSerializer.Deserialize<DevSetItem>(line)
                    ?? throw new InvalidDataException($"Bad line in {path}: {line}")
            );
        }
        return items;
    }

    public static EvidenceRecord ToRecord(DevSetItem item) =>
        new()
        {
            Id = item.Id,
            RecordId = item.Id,
            Source = new SourceLocation("devset", 1),
            Channel = item.Domain switch
            {
                "social" => Channel.Social,
                "review" => Channel.Review,
                "survey" => Channel.Survey,
                _ => Channel.Chat,
            },
            Text = item.Text,
            Rating = item.Rating,
            Nps = item.Nps,
        };

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CxAssistant.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("CxAssistant.sln not found above " + AppContext.BaseDirectory);
    }
}
