namespace CxAssistant.Agents.Configuration;

/// <summary>The <c>CxAssistant:Embeddings</c> section: the model that turns evidence into vectors.</summary>
public sealed class EmbeddingProviderOptions : ModelProviderOptions
{
    /// <summary>The section's configuration path.</summary>
    public const string Section = CxConfiguration.Section + ":Embeddings";

    /// <summary>
    /// Vector size to request (OpenAI text-embedding-3-* can shorten vectors); empty = the model's own size.
    /// </summary>
    public int? Dimensions { get; set; }

    /// <summary>
    /// A SQLite file caching vectors by content hash and model id, so unchanged text is never embedded twice.
    /// </summary>
    public string? CacheFile { get; set; }

    /// <inheritdoc />
    public override string SectionPath => Section;
}
