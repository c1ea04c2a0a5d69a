using System.Diagnostics.CodeAnalysis;
using Microsoft.SemanticKernel;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// The read-only chat tools as ONE Semantic Kernel plugin: the chat agent offers it to the model
/// (<c>FunctionChoiceBehavior.Auto</c>) and <c>cx mcp</c> serves its functions, so both see one definition. Unlike
/// SK's default plugin, the functions keep their own names (<c>search_evidence</c>, not
/// <c>workspace_search_evidence</c>): the names are a contract with MCP clients and the chat prompt.
/// </summary>
public sealed class ChatToolPlugin : KernelPlugin
{
    /// <summary>The plugin's name.</summary>
    public const string PluginName = "workspace";

    private readonly Dictionary<string, KernelFunction> _functions;

    /// <summary>The plugin over <paramref name="tools"/>, in their order.</summary>
    public ChatToolPlugin(IEnumerable<ChatTool> tools)
        : base(PluginName, "Read-only tools over one workspace's analysis: scores, evidence, personas, jobs, metrics.")
    {
        ArgumentNullException.ThrowIfNull(tools);
        Functions = [.. tools.Select(t => t.AsFunction().AsKernelFunction())];
        _functions = Functions.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The functions, in the tools' order.</summary>
    public IReadOnlyList<KernelFunction> Functions { get; }

    /// <inheritdoc />
    public override int FunctionCount => Functions.Count;

    /// <inheritdoc />
    public override bool TryGetFunction(string name, [NotNullWhen(true)] out KernelFunction? function) =>
        _functions.TryGetValue(name, out function);

    /// <inheritdoc />
    public override IEnumerator<KernelFunction> GetEnumerator() => Functions.GetEnumerator();
}
