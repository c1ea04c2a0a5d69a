using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>Settings shared by the embedded store's collections.</summary>
public sealed record EmbeddedVectorStoreOptions
{
    /// <summary>
    /// Keep an int8 copy of each vector and scan that first (about 4× less memory traffic per query).
    /// </summary>
    public bool Quantise { get; init; } = true;

    /// <summary>int8 candidates re-ranked in float32 per requested result.</summary>
    public int RerankFactor { get; init; } = 4;

    /// <summary>
    /// Vector length of every collection in the store (384 for the offline model; a model's own size otherwise).
    /// </summary>
    public int Dimensions { get; init; } = EvidenceChunkRecord.Dimensions;

    /// <summary>Lets <c>SearchAsync</c> accept a string query; without it queries must be vectors.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? EmbeddingGenerator { get; init; }
}
