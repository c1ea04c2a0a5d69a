using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CxAssistant.Agents.Prompts;

/// <summary>
/// Parses a Prompty-style file: YAML front matter between <c>---</c> lines (read with YamlDotNet), then a body whose
/// lines <c>system:</c> and <c>user:</c> open the two sections.
/// </summary>
public static class PromptFileParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Parses <paramref name="text"/>; <paramref name="source"/> names the file in errors.</summary>
    public static PromptDefinition Parse(string text, string source)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = normalised.Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new PromptException($"{source}: line 1: expected '---' opening the front matter");
        }
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw new PromptException($"{source}: the front matter is not closed with '---'");
        }

        FrontMatter fm;
        try
        {
            var yaml = string.Join('\n', lines[1..close]);
            CxAssistant.Ingestion.Yaml.YamlGuard.Check(yaml); // alias bombs refused before anything walks the graph
            fm = Yaml.Deserialize<FrontMatter?>(yaml) ?? throw new PromptException($"{source}: empty front matter");
        }
        catch (YamlException e)
        {
            throw new PromptException($"{source}: line {e.Start.Line + 1}: {e.Message}", e);
        }
        if (string.IsNullOrWhiteSpace(fm.Name))
        {
            throw new PromptException($"{source}: front matter has no 'name'");
        }
        if (string.IsNullOrWhiteSpace(fm.Version))
        {
            throw new PromptException($"{source}: front matter has no 'version'");
        }
        var p = fm.Model?.Parameters ?? new Parameters();

        var (system, user) = Sections(lines[(close + 1)..], source, close + 2);
        return new PromptDefinition
        {
            Name = fm.Name,
            Description = fm.Description ?? "",
            Version = fm.Version,
            Settings = new PromptSettings(p.Temperature, p.ResponseFormat ?? "json_object", p.MaxTokens),
            Inputs = (fm.Inputs ?? []).ToDictionary(
                kv => kv.Key,
                kv => new PromptInput(
                    kv.Value.Description ?? "",
                    kv.Value.Sample ?? "",
                    kv.Value.AllowDangerouslySetContent
                ),
                StringComparer.Ordinal
            ),
            Outputs = (fm.Outputs ?? []).ToDictionary(
                kv => kv.Key,
                kv => kv.Value.Description ?? "",
                StringComparer.Ordinal
            ),
            SystemTemplate = system,
            UserTemplate = user,
            Source = source,
            Preamble = fm.Preamble ?? true,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))),
        };
    }

    private static (string System, string User) Sections(string[] body, string source, int firstLine)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        for (var i = 0; i < body.Length; i++)
        {
            var trimmed = body[i].Trim();
            if (trimmed is "system:" or "user:")
            {
                if (sections.ContainsKey(trimmed))
                {
                    throw new PromptException($"{source}: line {firstLine + i}: a second '{trimmed}' section");
                }
                sections[trimmed] = current = [];
            }
            else if (current is not null)
            {
                current.Add(body[i]);
            }
            else if (trimmed.Length > 0)
            {
                throw new PromptException(
                    $"{source}: line {firstLine + i}: text before the first 'system:' or 'user:' section"
                );
            }
        }
        if (sections.Count == 0)
        {
            throw new PromptException($"{source}: the body has no 'system:' or 'user:' section");
        }
        string Text(string key) => sections.TryGetValue(key, out var l) ? string.Join('\n', l).Trim() : "";
        return (Text("system:"), Text("user:"));
    }

    // Front-matter shapes (YamlDotNet fills them; unknown keys are an error so typos surface).
    private sealed class FrontMatter
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? Version { get; set; }
        public bool? Preamble { get; set; }
        public ModelSection? Model { get; set; }
        public Dictionary<string, InputSection>? Inputs { get; set; }
        public Dictionary<string, InputSection>? Outputs { get; set; }
    }

    private sealed class ModelSection
    {
        public Parameters? Parameters { get; set; }
    }

    private sealed class Parameters
    {
        public float Temperature { get; set; }
        public string? ResponseFormat { get; set; }
        public int MaxTokens { get; set; }
    }

    private sealed class InputSection
    {
        public string? Type { get; set; }
        public string? Description { get; set; }
        public string? Sample { get; set; }
        public bool AllowDangerouslySetContent { get; set; }
    }
}
