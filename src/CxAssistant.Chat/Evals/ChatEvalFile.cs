using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CxAssistant.Chat.Evals;

/// <summary>The eval file: which sample the questions are about, and the questions.</summary>
public sealed class ChatEvalFile
{
    /// <summary>Sample folder name under samples/.</summary>
    public string Sample { get; set; } = "";

    /// <summary>The questions.</summary>
    public List<ChatEvalCase> Questions { get; set; } = [];

    /// <summary>Reads a questions file (snake_case keys); throws <see cref="InvalidDataException"/> naming the file and problem.</summary>
    public static ChatEvalFile Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        try
        {
            var text = File.ReadAllText(path);
            CxAssistant.Ingestion.Yaml.YamlGuard.Check(text); // alias bombs refused before anything walks the graph
            var file = deserializer.Deserialize<ChatEvalFile>(text) ?? new ChatEvalFile();
            var bad = file.Questions.FirstOrDefault(q => string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Question));
            if (bad is not null) throw new InvalidDataException($"{path}: every question needs an id and a question (near '{bad.Id}{bad.Question}').");
            return file;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}: {e.Message}", e);
        }
    }
}
