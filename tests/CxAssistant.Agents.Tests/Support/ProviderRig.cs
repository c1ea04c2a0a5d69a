using CxAssistant.Hosting.Providers;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Tests.Support;

/// <summary>
/// A target's providers built through configuration and the factory, exactly as the product does, plus its fake server
/// when in-process.
/// </summary>
public sealed class ProviderRig : IAsyncDisposable
{
    private ProviderRig(ModelProviders providers, FakeModelServer? server)
    {
        Providers = providers;
        Server = server;
    }

    /// <summary>The product's providers.</summary>
    public ModelProviders Providers { get; }

    /// <summary>The in-process server, or null for a live target.</summary>
    public FakeModelServer? Server { get; }

    /// <summary>Whether this rig talks to a real service.</summary>
    public bool IsLive => Server is null;

    /// <summary>
    /// Starts the fake server (unless live) and builds the providers for <paramref name="section"/> (Chat or
    /// Embeddings).
    /// </summary>
    public static async Task<ProviderRig> StartAsync(
        string target,
        string section,
        FakeModelServer.Responder[] script,
        IDictionary<string, string?>? overrides = null
    )
    {
        var server = target.EndsWith(ProviderTargets.LiveSuffix, StringComparison.Ordinal)
            ? null
            : await FakeModelServer.StartAsync(script);
        var settings = ProviderTargets.Settings(target, section, server?.BaseAddress);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ProviderRig(ModelProviders.Create(configuration), server);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Providers.DisposeAsync();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
