using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using CxAssistant.Agents.Tests.Support;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Hosting.Providers;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Tests.Providers;

/// <summary>Binding and start-up validation of the CxAssistant:Chat and CxAssistant:Embeddings sections.</summary>
public sealed class ModelProviderSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value)))
            .Build();

    private static ModelProviderConfigurationException Invalid(params (string Key, string? Value)[] values) =>
        Assert.Throws<ModelProviderConfigurationException>(() => ModelProviderSettings.Load(Config(values)));

    [Fact]
    public void Load_ExampleSettingsFile_BindsEverySection()
    {
        // The file alone: a developer's own environment variables or user secrets must not change the result.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryRoot.Path, "appsettings.example.json"))
            .Build();

        var settings = ModelProviderSettings.Load(configuration);

        Assert.Equal(ProviderKind.Offline, settings.Chat.Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.Chat.Resilience.TotalTimeout);
        Assert.Equal(6, settings.Chat.Resilience.BreakerMinimumThroughput);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Embeddings.Resilience.AttemptTimeout);
        Assert.Equal("text-embedding-3-small", settings.Embeddings.OpenAI.Model);
        Assert.Equal("nomic-embed-text", settings.Embeddings.Ollama.Model);
    }

    [Fact]
    public void Load_NothingConfigured_IsOfflineForBoth()
    {
        var settings = ModelProviderSettings.Load(Config());

        Assert.Equal(ProviderKind.Offline, settings.Chat.Kind);
        Assert.Equal(ProviderKind.Offline, settings.Embeddings.Kind);
        Assert.Equal(TimeSpan.FromSeconds(120), settings.Chat.Resilience.AttemptTimeout);
    }

    [Fact]
    public void Load_OpenAIWithoutKey_NamesTheKeyTheEnvironmentVariableAndUserSecrets()
    {
        var error = Invalid(("CxAssistant:Chat:Provider", "OpenAI"), ("CxAssistant:Chat:OpenAI:Model", "gpt-4o-mini"));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith(
            "CxAssistant:Chat:OpenAI:ApiKey is empty; set it with the environment "
                + "variable CxAssistant__Chat__OpenAI__ApiKey or dotnet user-secrets",
            message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Load_OpenAICompatibleServerWithoutKey_IsValid()
    {
        var settings = ModelProviderSettings.Load(
            Config(
                ("CxAssistant:Chat:Provider", "openai"),
                ("CxAssistant:Chat:OpenAI:Model", "qwen2.5"),
                ("CxAssistant:Chat:OpenAI:BaseUrl", "http://localhost:1234/v1")
            )
        );

        var info = ProviderDescriptions.Describe(settings.Chat);
        Assert.Equal("http://localhost:1234/v1", info.Endpoint);
        Assert.StartsWith("none", info.Authentication, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownProviderAndBadValues_ListsEveryProblemByKey()
    {
        var error = Invalid(
            ("CxAssistant:Chat:Provider", "OpenIA"),
            ("CxAssistant:Embeddings:Provider", "AzureOpenAI"),
            ("CxAssistant:Embeddings:AzureOpenAI:Endpoint", "not a url"),
            ("CxAssistant:Embeddings:Dimensions", "0"),
            ("CxAssistant:Embeddings:Resilience:MaxRetries", "50")
        );

        Assert.Contains(
            "CxAssistant:Chat:Provider is 'OpenIA'; expected one of Offline, AzureOpenAI, OpenAI, Ollama.",
            error.Errors
        );
        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:AzureOpenAI:Endpoint is", StringComparison.Ordinal)
        );
        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:AzureOpenAI:Deployment is empty", StringComparison.Ordinal)
        );
        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:Dimensions is 0", StringComparison.Ordinal)
        );
        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:Resilience:MaxRetries is 50", StringComparison.Ordinal)
        );
        Assert.Equal(5, error.Errors.Count);
    }

    [Fact]
    public void Load_UnreadableValue_NamesTheKeyButNotTheValue()
    {
        var error = Invalid(("CxAssistant:Chat:Resilience:AttemptTimeout", "sk-looks-like-a-pasted-key"));

        var message = Assert.Single(error.Errors);
        Assert.StartsWith(
            "CxAssistant:Chat:Resilience:AttemptTimeout cannot be read as",
            message,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("sk-looks-like", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OfflineEmbeddingsWithOtherDimensions_IsRejected()
    {
        var error = Invalid(("CxAssistant:Embeddings:Dimensions", "256"));

        Assert.Equal(
            "CxAssistant:Embeddings:Dimensions is 256, but offline embeddings "
                + "always have 384; leave it empty or pick a model provider.",
            Assert.Single(error.Errors)
        );
    }

    [Fact]
    public void Load_AttemptLongerThanTotal_IsRejected()
    {
        var error = Invalid(
            ("CxAssistant:Chat:Provider", "Ollama"),
            ("CxAssistant:Chat:Ollama:Model", "llama3.1"),
            ("CxAssistant:Chat:Resilience:AttemptTimeout", "00:10:00"),
            ("CxAssistant:Chat:Resilience:TotalTimeout", "00:05:00")
        );

        Assert.Contains(error.Errors, e =>
            e.StartsWith(
                "CxAssistant:Chat:Resilience:TotalTimeout (00:05:00) is shorter than",
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public void Describe_AzureWithKeyOrIdentity_MasksTheKeyAndDropsUrlSecrets()
    {
        var withKey = ModelProviderSettings.Load(
            Config(
                ("CxAssistant:Chat:Provider", "AzureOpenAI"),
                ("CxAssistant:Chat:AzureOpenAI:Endpoint", "https://user:pw@cx.openai.azure.com/?sig=abc"),
                ("CxAssistant:Chat:AzureOpenAI:Deployment", "gpt-4o-mini"),
                ("CxAssistant:Chat:AzureOpenAI:ApiKey", FakeKeys.Azure)
            )
        );
        var withIdentity = ModelProviderSettings.Load(
            Config(
                ("CxAssistant:Chat:Provider", "AzureOpenAI"),
                ("CxAssistant:Chat:AzureOpenAI:Endpoint", "https://cx.openai.azure.com/"),
                ("CxAssistant:Chat:AzureOpenAI:Deployment", "gpt-4o-mini")
            )
        );

        var keyed = ProviderDescriptions.Describe(withKey.Chat);
        var identity = ProviderDescriptions.Describe(withIdentity.Chat);

        Assert.Equal("https://cx.openai.azure.com/", keyed.Endpoint);
        Assert.DoesNotContain(FakeKeys.Azure, keyed.ToString() + keyed.Authentication, StringComparison.Ordinal);
        Assert.Equal($"api-key header, key set ({FakeKeys.Azure.Length} chars, ends …CRET)", keyed.Authentication);
        Assert.Equal("Azure identity (DefaultAzureCredential)", identity.Authentication);
    }

    [Fact]
    public async Task Create_Offline_HasNoChatClientAndTheLocalEncoder()
    {
        await using var providers = ModelProviders.Create(Config());

        Assert.Null(providers.ChatClient);
        var embedding = Assert.Single(await providers.EmbeddingGenerator.GenerateAsync(["refund took weeks"]));
        var local = await MeaningEncoder.Shared().GenerateAsync(["refund took weeks"]);
        Assert.Equal(local[0].Vector.ToArray(), embedding.Vector.ToArray());
        Assert.Equal(MeaningEncoder.ModelId, providers.Embeddings.Model);
        Assert.Equal(MeaningEncoder.ModelId, embedding.ModelId);
    }

    [Fact]
    public void Create_InvalidConfiguration_ThrowsBeforeAnyClientExists()
    {
        var error = Assert.Throws<ModelProviderConfigurationException>(() =>
            ModelProviders.Create(
                Config(("CxAssistant:Embeddings:Provider", "Ollama"), ("CxAssistant:Embeddings:Ollama:Endpoint", ""))
            )
        );

        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:Ollama:Endpoint is empty", StringComparison.Ordinal)
        );
        Assert.Contains(error.Errors, e =>
            e.StartsWith("CxAssistant:Embeddings:Ollama:Model is empty", StringComparison.Ordinal)
        );
    }
}
