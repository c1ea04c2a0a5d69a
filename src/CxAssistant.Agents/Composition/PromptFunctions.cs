using System.Collections.Concurrent;
using CxAssistant.Agents.Prompts;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// The drafting agents' Semantic Kernel prompt functions, one per prompt file, made on first use: name, description
/// and inputs from the file's front matter, its temperature and output cap as default execution settings, and the
/// template rendered by <see cref="PromptFileTemplateFactory"/> from the run's <see cref="PromptCatalog"/>.
/// </summary>
public sealed class PromptFunctions(PromptCatalog catalog)
{
    private readonly ConcurrentDictionary<string, KernelFunction> _functions = new(StringComparer.Ordinal);
    private readonly PromptFileTemplateFactory _factory = new(catalog);

    /// <summary>The prompt library the functions render.</summary>
    public PromptCatalog Catalog { get; } = catalog;

    /// <summary>The function of the prompt called <paramref name="promptName"/>.</summary>
    public KernelFunction Get(string promptName) => _functions.GetOrAdd(promptName, Create);

    /// <summary>SK function names allow letters, digits and underscores; prompt names use hyphens.</summary>
    public static string FunctionName(string promptName)
    {
        ArgumentNullException.ThrowIfNull(promptName);
        return promptName.Replace('-', '_');
    }

    private KernelFunction Create(string promptName)
    {
        var prompt = Catalog.Get(promptName);
        var config = new PromptTemplateConfig(prompt.SystemTemplate + "\n" + prompt.UserTemplate)
        {
            Name = FunctionName(prompt.Name),
            Description = prompt.Description,
            TemplateFormat = PromptFileTemplateFactory.Format,
        };
        foreach (var (name, input) in prompt.Inputs)
        {
            config.InputVariables.Add(
                new InputVariable
                {
                    Name = name,
                    Description = input.Description,
                    IsRequired = true,
                    AllowDangerouslySetContent = input.PreEncoded,
                }
            );
        }
        var settings = new PromptExecutionSettings
        {
            ExtensionData = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["temperature"] = prompt.Settings.Temperature,
            },
        };
        if (prompt.Settings.MaxTokens > 0)
        {
            settings.ExtensionData["max_tokens"] = prompt.Settings.MaxTokens;
        }
        config.AddExecutionSettings(settings);
        return KernelFunctionFactory.CreateFromPrompt(config, _factory);
    }
}
