using System.Text.Json;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Prompts;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// Sends rendered prompts to an <see cref="IChatClient"/> and returns typed answers: asks for the prompt's response
/// format (JSON schema of <c>T</c>), replays and fills the on-disk cache, and records every call in the ledger. The
/// client gets no tools, so a model can only answer, never act.
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
    private readonly ResponseCache? _cache;

    /// <summary>Creates a session; <paramref name="model"/> names the model for cache keys, the ledger and prices.</summary>
    public ModelSession(IChatClient client, string model, RunLedger ledger, ResponseCache? cache = null, PromptCatalog? prompts = null, BudgetOptions? budget = null)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _cache = cache;
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
    /// <summary>The label cached answers get: the client's provider name ("scripted" for the test double), else "model".</summary>
    public string Source { get; }

    /// <summary>Sends <paramref name="messages"/> (the prompt plus any repair turns) and parses the answer as <typeparamref name="T"/>.</summary>
    public async Task<ModelReply<T>> AskAsync<T>(string stage, PromptDefinition prompt, IReadOnlyList<ChatMessage> messages, int attempt, CancellationToken cancellationToken = default) where T : class
    {
        var key = ResponseCache.Key(Model, prompt.Id, messages);
        if (_cache is not null && await _cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            Ledger.Add(new LedgerEntry(stage, prompt.Id, Model, hit.InputTokens, hit.OutputTokens, Cached: true, hit.Source, attempt));
            return new ModelReply<T>(Parse<T>(hit.Text), hit.Text, null);
        }

        var options = new ChatOptions
        {
            ModelId = Model,
            Temperature = prompt.Settings.Temperature,
            MaxOutputTokens = prompt.Settings.MaxTokens > 0 ? prompt.Settings.MaxTokens : null,
            ResponseFormat = prompt.Settings.ResponseFormat == "json_schema"
                ? ChatResponseFormat.ForJsonSchema<T>(Json, typeof(T).Name)
                : ChatResponseFormat.Json,
        };
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
        Ledger.Add(new LedgerEntry(stage, prompt.Id, Model, input, output, Cached: false, Source, attempt));
        var value = Parse<T>(text);
        if (_cache is not null && value is not null)
            await _cache.SetAsync(new(key, Source, Model, prompt.Id, DateTimeOffset.UtcNow, text, input, output), cancellationToken).ConfigureAwait(false);
        return new ModelReply<T>(value, text, null);
    }

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
