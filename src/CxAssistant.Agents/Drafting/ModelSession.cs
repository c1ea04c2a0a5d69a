using System.Text.Json;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// The run's drafting session: one Semantic Kernel (<see cref="AgentKernel"/>) over the run's chat client, whose
/// prompt functions (<see cref="PromptFunctions"/>, one per prompt file) render each prompt and ask for a typed answer
/// (<see cref="DraftSettings{T}"/>: JSON schema of <c>T</c>, the file's temperature, the prompt's name and content hash
/// as the response cache's key). The kernel's filters redact every rendered prompt, write every call to the ledger and
/// run the agent's check.
/// The response cache, when there is one, is a layer of the client (<see cref="PromptResponseCache"/>); an answer is
/// stored there only when <see cref="AcceptAsync{T}"/> says it passed its checks. The kernel has no plugins here, so a
/// drafting model can only answer, never act.
/// </summary>
public sealed class ModelSession
{
    /// <summary>
    /// camelCase JSON, as the prompts ask for; read-only from the start, since sessions share it across threads.
    /// </summary>
    public static readonly JsonSerializerOptions Json = ReadOnlyWebOptions();

    private static JsonSerializerOptions ReadOnlyWebOptions()
    {
        // Two sessions asking for a schema at once both tried to freeze a still-mutable instance ("already been used").
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private readonly IChatClient _client;
    private readonly PromptFunctions _functions;

    /// <summary>
    /// Creates a session and its kernel; <paramref name="model"/> names the model for the ledger and prices.
    /// </summary>
    public ModelSession(
        IChatClient client,
        string model,
        RunLedger ledger,
        PromptCatalog? prompts = null,
        BudgetOptions? budget = null,
        ILoggerFactory? loggerFactory = null
    )
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Model = model;
        Ledger = ledger;
        Prompts = prompts ?? PromptCatalog.Default;
        Budget = budget ?? new BudgetOptions();
        Source = client.GetService<ChatClientMetadata>()?.ProviderName ?? "model";
        Kernel = AgentKernel.Create(
            client,
            new AgentKernelOptions
            {
                Ledger = ledger,
                Model = model,
                LoggerFactory = loggerFactory,
            }
        );
        _functions = new PromptFunctions(Prompts);
    }

    /// <summary>The run's kernel.</summary>
    public Kernel Kernel { get; }

    /// <summary>The model's name.</summary>
    public string Model { get; }

    /// <summary>The run's ledger.</summary>
    public RunLedger Ledger { get; }

    /// <summary>The prompt library.</summary>
    public PromptCatalog Prompts { get; }

    /// <summary>The budget caps.</summary>
    public BudgetOptions Budget { get; }

    /// <summary>
    /// The label answers get when no cache labelled them: the client's provider name ("scripted" for the test double),
    /// else "model".
    /// </summary>
    public string Source { get; }

    /// <summary>
    /// Invokes the prompt's kernel function with the inputs <paramref name="prompt"/> was rendered from plus
    /// <paramref name="turns"/> (repair turns) and parses the answer as <typeparamref name="T"/>. A failed call is an
    /// error reply (the ledger filter has recorded it), never an exception.
    /// </summary>
    public async Task<ModelReply<T>> AskAsync<T>(
        string stage,
        RenderedPrompt prompt,
        IReadOnlyList<ChatMessage> turns,
        int attempt,
        CancellationToken cancellationToken = default
    )
        where T : class =>
        await AskAsync<T>(stage, prompt, turns, attempt, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// As <see cref="AskAsync{T}(string, RenderedPrompt, IReadOnlyList{ChatMessage}, int, CancellationToken)"/>, with
    /// the
    /// agent's <paramref name="check"/>, which the kernel's <see cref="DraftCheckFilter"/> runs on the answer; its
    /// verdict comes back in <see cref="ModelReply{T}.Verdict"/>.
    /// </summary>
    public async Task<ModelReply<T>> AskAsync<T>(
        string stage,
        RenderedPrompt prompt,
        IReadOnlyList<ChatMessage> turns,
        int attempt,
        IDraftCheck? check,
        CancellationToken cancellationToken = default
    )
        where T : class
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var arguments = new KernelArguments(new DraftSettings<T>(prompt.Prompt, Model))
        {
            [KernelArgumentNames.Stage] = stage,
            [KernelArgumentNames.Attempt] = attempt,
            [KernelArgumentNames.PromptId] = prompt.Prompt.Id,
            [KernelArgumentNames.Turns] = turns ?? [],
        };
        if (check is not null)
        {
            arguments[KernelArgumentNames.Check] = check;
        }
        foreach (var (name, value) in prompt.Inputs)
        {
            arguments[name] = value;
        }
        ChatResponse? response;
        try
        {
            var result = await Kernel
                .InvokeAsync(_functions.Get(prompt.Prompt.Name), arguments, cancellationToken)
                .ConfigureAwait(false);
            response = result.GetValue<ChatResponse>();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ModelReply<T>(null, "", $"{e.GetType().Name}: {e.Message}");
        }
        var text = response?.Text ?? "";
        var verdict = arguments.TryGetValue(KernelArgumentNames.Verdict, out var v) ? v as DraftVerdict : null;
        return new ModelReply<T>(Parse<T>(text), text, null, response, verdict);
    }

    /// <summary>The answer passed its checks: the response cache may keep it.</summary>
    public Task AcceptAsync<T>(ModelReply<T> reply, CancellationToken cancellationToken = default)
        where T : class => PromptResponseCache.AcceptAsync(_client, reply?.Response, cancellationToken);

    /// <summary>The answer failed its checks: the response cache must never keep it.</summary>
    public Task RejectAsync<T>(ModelReply<T> reply, CancellationToken cancellationToken = default)
        where T : class => PromptResponseCache.RejectAsync(_client, reply?.Response, cancellationToken);

    /// <summary>Parses JSON, tolerating a code fence around it; junk gives null.</summary>
    public static T? Parse<T>(string text)
        where T : class
    {
        var json = text.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var firstLine = json.IndexOf('\n', StringComparison.Ordinal);
            var lastFence = json.LastIndexOf("```", StringComparison.Ordinal);
            json = firstLine > 0 && lastFence > firstLine ? json[(firstLine + 1)..lastFence].Trim() : json;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
