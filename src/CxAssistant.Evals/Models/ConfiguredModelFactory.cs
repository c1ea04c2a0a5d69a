using CxAssistant.Agents.Configuration;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Hosting.Providers;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Evals.Models;

/// <summary>
/// The eval harness's models from CxAssistant's configuration: <c>azure</c>, <c>openai</c> and <c>ollama</c> use the
/// <c>CxAssistant:Chat</c> settings of that provider (validated, with the same resilience as the product); the judge
/// for model-graded rubrics is the provider named by <c>CxAssistant:Evals:JudgeProvider</c>, if any.
/// </summary>
public sealed class ConfiguredModelFactory(IConfiguration configuration) : IEvalModelFactory, IDisposable
{
    private readonly List<ModelProviders> _owned = [];
    private readonly Dictionary<string, string> _problems = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public EvalModel? Create(string provider)
    {
        if (ScriptedModels.Create(provider) is { } scripted)
        {
            return scripted;
        }
        if (ProviderOverride.KindFor(provider) is not { } kind || kind == ProviderKind.Offline)
        {
            return null;
        }
        ModelProviders providers;
        try
        {
            providers = ModelProviders.Create(ProviderOverride.Apply(configuration, kind));
        }
        catch (ModelProviderConfigurationException e)
        {
            // A dry run needs no client, and a real run reports this through Problem(); neither should crash here.
            lock (_problems)
            {
                _problems[provider] = e.Message;
            }
            return null;
        }
        lock (_owned)
        {
            _owned.Add(providers);
        }
        return providers.ChatClient is { } client
            ? new EvalModel(client, providers.Chat.Model)
            {
                WithResponseCache = layer => providers.Factory.CreateChatClient(layer),
            }
            : null;
    }

    /// <inheritdoc />
    public string? Problem(string provider)
    {
        lock (_problems)
        {
            return _problems.GetValueOrDefault(provider);
        }
    }

    /// <inheritdoc />
    public EvalModel? CreateJudge() =>
        configuration["CxAssistant:Evals:JudgeProvider"] is { Length: > 0 } judge ? Create(judge) : null;

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_owned)
        {
            foreach (var providers in _owned)
            {
                providers.Dispose();
            }
            _owned.Clear();
        }
    }
}
