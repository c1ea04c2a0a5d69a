using System.Text.Json;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// Sends rendered prompts to an <see cref="IChatClient"/> and returns typed answers: asks for the prompt's response
/// format (JSON schema of <c>T</c>), tags each request with its prompt (name and content hash, the response cache's
/// key), and records every call in the ledger. The response cache, when there is one, is a layer of the client
/// (<see cref="PromptResponseCache"/>); an answer is stored there only when <see cref="AcceptAsync{T}"/> says it passed
/// its checks. The client gets no tools, so a model can only answer, never act.
/// </summary>
public sealed class ModelSession
{
    /// <summary>camelCase JSON, as the prompts ask for; read-only from the start, since sessions share it across threads.</summary>
    public static readonly JsonSerializerOptions Json = ReadOnlyWebOptions();

    private static JsonSerializerOptions ReadOnlyWebOptions()
    {
        // Two sessions asking for a schema at once both tried to freeze a still-mutable instance ("already been used").
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private readonly IChatClient _client;

    /// <summary>Creates a session; <paramref name="model"/> names the model for the ledger and prices.</summary>
    public ModelSession(IChatClient client, string model, RunLedger ledger, PromptCatalog? prompts = null, BudgetOptions? budget = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        Model = model;
        Ledger = ledger;
        Prompts = prompts ?? PromptCatalog.Default;
        Budget = budget ?? new BudgetOptions();
        Source = client.GetService<ChatClientMetadata>()?.ProviderName ?? "model";
    }

    /// <summary>The model's name.</summary>
    public string Model { get; }
    /// <summary>The run's ledger.</summary>
    public RunLedger Ledger { get; }
    /// <summary>The prompt library.</summary>
    public PromptCatalog Prompts { get; }
    /// <summary>The budget caps.</summary>
    public BudgetOptions Budget { get; }
    /// <summary>The label answers get when no cache labelled them: the client's provider name ("scripted" for the test double), else "model".</summary>
    public string Source { get; }

    /// <summary>Sends <paramref name="messages"/> (the prompt plus any repair turns) and parses the answer as <typeparamref name="T"/>.</summary>
    public async Task<ModelReply<T>> AskAsync<T>(string stage, PromptDefinition prompt, IReadOnlyList<ChatMessage> messages, int attempt, CancellationToken cancellationToken = default) where T : class
    {
        var options = new ChatOptions
        {
            ModelId = Model,
            Temperature = prompt.Settings.Temperature,
            MaxOutputTokens = prompt.Settings.MaxTokens > 0 ? prompt.Settings.MaxTokens : null,
            ResponseFormat = prompt.Settings.ResponseFormat == "json_schema"
                ? ChatResponseFormat.ForJsonSchema<T>(Json, typeof(T).Name)
                : ChatResponseFormat.Json,
        };
        PromptTags.Apply(options, prompt);
        ChatResponse response;
        try
        {
            response = await _client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Ledger.Add(new LedgerEntry(stage, prompt.Id, Model, TokenCounter.Count(messages), 0, Cached: false, Source, attempt));
            return new ModelReply<T>(null, "", $"{e.GetType().Name}: {e.Message}");
        }
        var text = response.Text;
        var input = (int?)response.Usage?.InputTokenCount ?? TokenCounter.Count(messages);
        var output = (int?)response.Usage?.OutputTokenCount ?? TokenCounter.Count(text);
        var cached = PromptTags.IsCached(response);
        Ledger.Add(new LedgerEntry(stage, prompt.Id, Model, input, output, cached, PromptTags.OriginOf(response) ?? Source, attempt));
        return new ModelReply<T>(Parse<T>(text), text, null, response);
    }

    /// <summary>The answer passed its checks: the response cache may keep it.</summary>
    public Task AcceptAsync<T>(ModelReply<T> reply, CancellationToken cancellationToken = default) where T : class =>
        PromptResponseCache.AcceptAsync(_client, reply?.Response, cancellationToken);

    /// <summary>The answer failed its checks: the response cache must never keep it.</summary>
    public Task RejectAsync<T>(ModelReply<T> reply, CancellationToken cancellationToken = default) where T : class =>
        PromptResponseCache.RejectAsync(_client, reply?.Response, cancellationToken);

    /// <summary>Parses JSON, tolerating a code fence around it; junk gives null.</summary>
    public static T? Parse<T>(string text) where T : class
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
