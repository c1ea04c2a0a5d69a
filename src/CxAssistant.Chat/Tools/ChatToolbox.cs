using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// The read-only tools over one workspace, sharing one <see cref="CitationBook"/> per answer so citation numbers run
/// 1, 2, 3… across every tool an answer used. Call <see cref="BeginAnswer"/> before each answer (or tool call from
/// MCP).
/// </summary>
public sealed class ChatToolbox
{
    private CitationBook _book;
    private readonly Kernel _kernel;

    /// <summary>Creates the tools over <paramref name="data"/>.</summary>
    public ChatToolbox(ChatData data)
    {
        Data = data;
        _book = new CitationBook(data);
        Search = new SearchEvidenceTool(data, () => _book);
        Touchpoints = new TouchpointScoresTool(data, () => _book);
        Personas = new PersonasTool(data, () => _book);
        Jobs = new JobsTool(data, () => _book);
        Hypotheses = new HypothesesTool(data, () => _book);
        Metrics = new MetricsTool(data, () => _book);
        WhatIf = new WhatIfTool(data, () => _book);
        Customers = new CustomerRecordsTool(this);
        Churn = new ChurnSignalsTool(this);
        Counts = new CountMentionsTool(this);
        All = [Search, Touchpoints, Personas, Jobs, Hypotheses, Metrics, WhatIf, Customers, Churn, Counts];
        Plugin = new ChatToolPlugin(All);
        // A caller's own services (an MCP server's) cannot build a kernel: SK would try and fail, so the functions
        // handed out carry a kernel of their own.
        _kernel = new Kernel(plugins: new KernelPluginCollection([Plugin]));
    }

    /// <summary>
    /// Every tool as one Semantic Kernel plugin: the chat agent's and <c>cx mcp</c>'s one definition.
    /// </summary>
    public ChatToolPlugin Plugin { get; }

    /// <summary>The data behind the tools.</summary>
    public ChatData Data { get; }

    /// <summary>Evidence search.</summary>
    public SearchEvidenceTool Search { get; }

    /// <summary>Touchpoint scores with explanations.</summary>
    public TouchpointScoresTool Touchpoints { get; }

    /// <summary>Persona cards.</summary>
    public PersonasTool Personas { get; }

    /// <summary>Jobs and opportunity scores.</summary>
    public JobsTool Jobs { get; }

    /// <summary>Improvement hypotheses.</summary>
    public HypothesesTool Hypotheses { get; }

    /// <summary>NPS/CSAT/CES by segment and period.</summary>
    public MetricsTool Metrics { get; }

    /// <summary>What-if on NPS.</summary>
    public WhatIfTool WhatIf { get; }

    /// <summary>One customer's records.</summary>
    public CustomerRecordsTool Customers { get; }

    /// <summary>Churn signals and detractors' reasons.</summary>
    public ChurnSignalsTool Churn { get; }

    /// <summary>Counts of customers mentioning a topic.</summary>
    public CountMentionsTool Counts { get; }

    /// <summary>Every tool, in a stable order.</summary>
    public IReadOnlyList<ChatTool> All { get; }

    /// <summary>The citations of the current answer.</summary>
    public CitationBook Citations => _book;

    /// <summary>Starts a new answer: citation numbers restart at 1.</summary>
    public CitationBook BeginAnswer() => _book = new CitationBook(Data);

    /// <summary>The plugin's functions (SK kernel functions are AI functions).</summary>
    public IReadOnlyList<AIFunction> Functions() => [.. Plugin.Functions.Select(f => f.WithKernel(_kernel))];

    /// <summary>The plugin's functions, citation numbers restarting on each call (MCP: calls stand alone).</summary>
    public IReadOnlyList<AIFunction> StandaloneFunctions() =>
        [.. Plugin.Functions.Select(f => (AIFunction)new CallScopedFunction(f.WithKernel(_kernel), this))];
}
