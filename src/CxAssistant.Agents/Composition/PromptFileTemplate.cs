using System.Diagnostics.CodeAnalysis;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// Semantic Kernel's template factory for the prompt files (<see cref="Format"/>): a function's template renders its
/// prompt from the <see cref="PromptCatalog"/> (preamble, system and user sections, inputs HTML-encoded by SK's own
/// template engine), appends the repair turns, and writes the result as SK chat markup. The catalog is read at run
/// time, so an edited prompt file is what the kernel sends, under its new content hash.
/// </summary>
public sealed class PromptFileTemplateFactory(PromptCatalog catalog) : IPromptTemplateFactory
{
    /// <summary>The template format name of prompt files.</summary>
    public const string Format = "cx-prompt-file";

    /// <inheritdoc />
    public bool TryCreate(PromptTemplateConfig templateConfig, [NotNullWhen(true)] out IPromptTemplate? result)
    {
        ArgumentNullException.ThrowIfNull(templateConfig);
        result = null;
        if (templateConfig.TemplateFormat != Format)
        {
            return false;
        }
        // The function carries SK's spelling of the prompt's name (PromptFunctions.FunctionName).
        var prompts = catalog.All.Where(p => PromptFunctions.FunctionName(p.Name) == templateConfig.Name).ToList();
        if (prompts.Count != 1)
        {
            throw new PromptException(
                $"{prompts.Count} prompts of the library are the function '{templateConfig.Name}'"
            );
        }
        result = new PromptFileTemplate(catalog, prompts[0].Name);
        return true;
    }

    private sealed class PromptFileTemplate(PromptCatalog catalog, string promptName) : IPromptTemplate
    {
        public async Task<string> RenderAsync(
            Kernel kernel,
            KernelArguments? arguments = null,
            CancellationToken cancellationToken = default
        )
        {
            var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in arguments ?? [])
            {
                if (!KernelArgumentNames.IsOurs(name))
                {
                    inputs[name] = value?.ToString() ?? "";
                }
            }
            var rendered = await catalog.RenderAsync(promptName, inputs, cancellationToken).ConfigureAwait(false);
            IReadOnlyList<ChatMessage> messages =
                arguments?.TryGetValue(KernelArgumentNames.Turns, out var turns) == true
                && turns is IReadOnlyList<ChatMessage> { Count: > 0 } repair
                    ? [.. rendered.Messages, .. repair]
                    : rendered.Messages;
            if (arguments is not null)
            {
                arguments[KernelArgumentNames.RenderedTokens] = TokenCounter.Count(messages);
            }
            return ChatPromptMarkup.Write(messages);
        }
    }
}
