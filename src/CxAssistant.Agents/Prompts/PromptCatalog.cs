using System.Reflection;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Prompts;

/// <summary>
/// The prompt library: every file under the <c>prompts/</c> folder, read at run time (<see cref="PromptLocation"/>;
/// the copies embedded into this assembly are only the fallback for an installed tool), rendered with Semantic
/// Kernel's template engine. The <see cref="PreambleName"/> prompt is prepended to every system section of a prompt
/// that does not opt out (<c>preamble: false</c>). No prompt text lives in C#.
/// </summary>
public sealed class PromptCatalog
{
    /// <summary>The system preamble about untrusted data.</summary>
    public const string PreambleName = "untrusted-data";

    /// <summary>The prompt that carries check findings back to the model.</summary>
    public const string RepairName = "repair";

    private static readonly Lazy<PromptCatalog> Located = new(Locate);
    private static readonly Lazy<PromptCatalog> EmbeddedCopies = new(LoadEmbedded);
    private readonly Dictionary<string, PromptDefinition> _prompts;
    private readonly Kernel _kernel = new();
    private readonly KernelPromptTemplateFactory _factory = new();

    private PromptCatalog(IEnumerable<PromptDefinition> prompts, string source)
    {
        Source = source;
        _prompts = new Dictionary<string, PromptDefinition>(StringComparer.Ordinal);
        foreach (var p in prompts)
        {
            if (!_prompts.TryAdd(p.Name, p))
            {
                throw new PromptException(
                    $"{p.Source}: prompt name '{p.Name}' is also used by {_prompts[p.Name].Source}"
                );
            }
        }
        if (!_prompts.ContainsKey(PreambleName))
        {
            throw new PromptException($"The prompt library has no '{PreambleName}' prompt");
        }
    }

    /// <summary>
    /// The library this process uses, read once: the configured or nearest <c>prompts/</c> folder, else the embedded
    /// copies (<see cref="PromptLocation"/>).
    /// </summary>
    public static PromptCatalog Default => Located.Value;

    /// <summary>The copies compiled into this assembly (what an installed tool falls back to).</summary>
    public static PromptCatalog Embedded => EmbeddedCopies.Value;

    /// <summary>Where the prompts were read from: a folder's full path, or <c>embedded</c>.</summary>
    public string Source { get; }

    /// <summary>Loads every <c>*.prompty</c> file under <paramref name="folder"/>.</summary>
    public static PromptCatalog Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new PromptException($"The prompt folder {folder} does not exist.");
        }
        return new(
            Directory
                .EnumerateFiles(full, "*.prompty", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f =>
                    PromptFileParser.Parse(File.ReadAllText(f), Path.Combine("prompts", Path.GetRelativePath(full, f)))
                ),
            full
        );
    }

    /// <summary>Every prompt, by name.</summary>
    public IReadOnlyCollection<PromptDefinition> All => _prompts.Values;

    /// <summary>The prompt called <paramref name="name"/>.</summary>
    public PromptDefinition Get(string name) =>
        _prompts.TryGetValue(name, out var p)
            ? p
            : throw new PromptException($"No prompt named '{name}' in the prompt library");

    /// <summary>Renders a prompt with its sample inputs (front matter), as the catalog test and the docs do.</summary>
    public Task<RenderedPrompt> RenderSampleAsync(string name, CancellationToken cancellationToken = default) =>
        RenderAsync(name, Get(name).Inputs.ToDictionary(i => i.Key, i => i.Value.Sample), cancellationToken);

    /// <summary>
    /// Renders the preamble plus the prompt's system section as the system message and its user section as the user
    /// message. Every declared input must be given and nothing else; inputs not marked pre-encoded are HTML-encoded by
    /// Semantic Kernel, so a value can never open a message tag.
    /// </summary>
    public async Task<RenderedPrompt> RenderAsync(
        string name,
        IReadOnlyDictionary<string, string> inputs,
        CancellationToken cancellationToken = default
    )
    {
        var prompt = Get(name);
        foreach (var key in prompt.Inputs.Keys.Where(k => !inputs.ContainsKey(k)))
        {
            throw new PromptException($"{prompt.Source}: input '{key}' was not given");
        }
        foreach (var key in inputs.Keys.Where(k => !prompt.Inputs.ContainsKey(k)))
        {
            throw new PromptException($"{prompt.Source}: input '{key}' is not declared in the front matter");
        }

        var system = await RenderTemplateAsync(prompt, prompt.SystemTemplate, inputs, cancellationToken)
            .ConfigureAwait(false);
        var user = await RenderTemplateAsync(prompt, prompt.UserTemplate, inputs, cancellationToken)
            .ConfigureAwait(false);
        var messages = new List<ChatMessage>();
        if (name != PreambleName && prompt.Preamble)
        {
            var preamble = Get(PreambleName).SystemTemplate;
            system = system.Length == 0 ? preamble : preamble + "\n\n" + system;
        }
        if (system.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }
        if (user.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.User, user));
        }
        return new RenderedPrompt(prompt, messages)
        {
            Inputs = new Dictionary<string, string>(inputs, StringComparer.Ordinal),
        };
    }

    private async Task<string> RenderTemplateAsync(
        PromptDefinition prompt,
        string template,
        IReadOnlyDictionary<string, string> inputs,
        CancellationToken cancellationToken
    )
    {
        if (template.Length == 0)
        {
            return "";
        }
        var config = new PromptTemplateConfig(template) { Name = prompt.Name };
        foreach (var (key, input) in prompt.Inputs)
        {
            config.InputVariables.Add(
                new InputVariable
                {
                    Name = key,
                    Description = input.Description,
                    IsRequired = true,
                    AllowDangerouslySetContent = input.PreEncoded,
                }
            );
        }
        var arguments = new KernelArguments();
        foreach (var (key, value) in inputs)
        {
            arguments[key] = value;
        }
        try
        {
            return (
                await _factory.Create(config).RenderAsync(_kernel, arguments, cancellationToken).ConfigureAwait(false)
            ).Trim();
        }
        catch (KernelException e)
        {
            throw new PromptException($"{prompt.Source}: {e.Message}", e);
        }
    }

    private static PromptCatalog Locate() => PromptLocation.Find() is { } folder ? Load(folder) : Embedded;

    private static PromptCatalog LoadEmbedded()
    {
        var assembly = typeof(PromptCatalog).Assembly;
        return new PromptCatalog(
            assembly
                .GetManifestResourceNames()
                .Where(n =>
                    n.StartsWith("prompts/", StringComparison.Ordinal)
                    && n.EndsWith(".prompty", StringComparison.Ordinal)
                )
                .Order(StringComparer.Ordinal)
                .Select(n => PromptFileParser.Parse(Read(assembly, n), n)),
            EmbeddedSource
        );
    }

    /// <summary>The <see cref="Source"/> of the embedded copies.</summary>
    public const string EmbeddedSource = "embedded";

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
