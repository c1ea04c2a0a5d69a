namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>What GET /collections/{name} tells us; size and distance are null for named-vector collections.</summary>
public sealed record QdrantCollectionInfo(int? VectorSize, string? Distance, long? PointsCount);
