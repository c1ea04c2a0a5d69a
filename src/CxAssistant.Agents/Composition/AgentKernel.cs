using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Privacy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Composition;

/// <summary>
/// Composes the run's Semantic Kernel over the configured chat client (Azure OpenAI, OpenAI or an OpenAI-compatible
/// endpoint, Ollama: whatever <see cref="Providers.ModelProviderFactory"/> built, already behind its redaction gate,
/// cache and resilience) through SK's Microsoft.Extensions.AI bridge: the kernel's AI service is the
/// <see cref="IChatClient"/> itself. The cross-cutting rules are the kernel's filters, so every function it runs
/// obeys them: redaction at render, the ledger, logging without customer text.
/// </summary>
public static class AgentKernel
{
    /// <summary>The log category of <see cref="CallLogFilter"/>.</summary>
    public const string LogCategory = "CxAssistant.Agents.Kernel";

    /// <summary>
    /// A kernel over <paramref name="client"/>. The gate is the client's own (<see cref="RedactingChatClient"/> hands
    /// it out, so placeholders stay stable for the run) or, for a client without one, a new gate. With a
    /// ledger in <paramref name="options"/>, every drafting call is accounted under its model.
    /// </summary>
    public static Kernel Create(IChatClient client, AgentKernelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= new AgentKernelOptions();
        // SK's bridge needs the client to describe itself; a bare client (a test double, a caller's own) gets a
        // description.
        if (client.GetService<ChatClientMetadata>() is null)
        {
            client = new DescribedChatClient(client, options.Model);
        }
        var builder = Kernel.CreateBuilder();
        // SK prefers an IChatCompletionService when one is registered; there is none, so prompt functions call the
        // IChatClient directly and hand back its ChatResponse (usage and cache tags included).
        builder.Services.AddSingleton(client);
        foreach (var plugin in options.Plugins)
        {
            builder.Plugins.Add(plugin);
        }
        var kernel = builder.Build();
        var gate = options.Gate ?? client.GetService<PiiGate>() ?? new PiiGate();
        kernel.PromptRenderFilters.Add(new RedactionRenderFilter(gate));
        var logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger(LogCategory);
        kernel.FunctionInvocationFilters.Add(new CallLogFilter(logger));
        if (options.Ledger is { } ledger)
        {
            kernel.FunctionInvocationFilters.Add(
                new LedgerFilter(
                    ledger,
                    options.Model ?? "model",
                    client.GetService<ChatClientMetadata>()?.ProviderName ?? "model"
                )
            );
        }
        // Innermost, so the ledger and the log record the call whatever its verdict.
        kernel.FunctionInvocationFilters.Add(new DraftCheckFilter());
        return kernel;
    }
}

/// <summary>A client that says what it is (provider "model") when the client below it cannot.</summary>
internal sealed class DescribedChatClient(IChatClient inner, string? model) : DelegatingChatClient(inner)
{
    private readonly ChatClientMetadata _metadata = new("model", null, model);

    /// <inheritdoc />
    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata)
            ? _metadata
            : base.GetService(serviceType, serviceKey);
}

/// <summary>What a run's kernel is composed with besides its chat client.</summary>
public sealed record AgentKernelOptions
{
    /// <summary>The run's ledger (drafting); null for a kernel that only chats.</summary>
    public RunLedger? Ledger { get; init; }

    /// <summary>The model's name for the ledger and prices.</summary>
    public string? Model { get; init; }

    /// <summary>The redaction gate; default the client's own.</summary>
    public PiiGate? Gate { get; init; }

    /// <summary>Where the call log goes (never customer text); default nowhere.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Plugins the kernel's functions may call (chat: the read-only tools).</summary>
    public IReadOnlyList<KernelPlugin> Plugins { get; init; } = [];
}
