namespace CxAssistant.LocalModel.Tests;

/// <summary>One loaded transformer for the whole test class (loading the 90 MB graph takes about a second).</summary>
public sealed class ModelFixture : IDisposable
{
    public ModelFixture()
    {
        Tokens = WordPieceTokens.Load();
        Encoder = new TransformerEncoder(Tokens);
        // The first 20,000 ids hold the common whole words, enough for the test texts; the whole vocabulary (about
        // 30,000) takes half as long again, which is what the product's cache is for.
        Table = StaticTableBuilder.Build(Encoder, new StaticTableOptions(), limit: 20_000);
    }

    public StaticEmbeddingTable Table { get; }

    public WordPieceTokens Tokens { get; }

    public TransformerEncoder Encoder { get; }

    public void Dispose() => Encoder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ModelCollection : ICollectionFixture<ModelFixture>
{
    public const string Name = "model";
}
