namespace CxAssistant.Data.Memory.Search;

/// <summary>Where a workspace's evidence vectors live.</summary>
public enum VectorBackend
{
    /// <summary>The in-process store: <c>vectors/*.cxvec</c> inside the workspace folder.</summary>
    Embedded,

    /// <summary>
    /// A Qdrant server through its gRPC API (configuration <c>CxAssistant:VectorStore:Qdrant</c>): vectors, keyword
    /// index
    /// and hybrid search all in Qdrant.
    /// </summary>
    Qdrant,
}
