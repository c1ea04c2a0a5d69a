namespace CxAssistant.Agents.Tests.Privacy;

/// <summary>
/// Provider clients are made in one place, where the gate is installed: any other source file that builds a vendor SDK
/// client (or turns one into an IChatClient) would be a way around the redaction gate.
/// </summary>
public sealed class SingleFactoryTests
{
    private static readonly string[] VendorConstructions =
    [
        "AsIChatClient(",
        "AsIEmbeddingGenerator(",
        "new OpenAIClient(",
        "new AzureOpenAIClient(",
        "new OllamaApiClient(",
        "new ChatClient(",
        "new EmbeddingClient(",
    ];

    [Fact]
    public void Sources_OutsideModelProviderFactory_NeverBuildAProviderClient()
    {
        var src = Path.Combine(RepositoryRoot.Path, "src");
        var offenders = Directory
            .EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            )
            .Where(f =>
                !f.EndsWith($"Providers{Path.DirectorySeparatorChar}ModelProviderFactory.cs", StringComparison.Ordinal)
            )
            .SelectMany(f =>
                VendorConstructions
                    .Where(v => File.ReadAllText(f).Contains(v, StringComparison.Ordinal))
                    .Select(v => $"{f}: {v}")
            )
            .ToList();

        Assert.Empty(offenders);
    }
}
