using Grpc.Core;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Qdrant;

/// <summary>
/// A failed Qdrant call, as the VectorData abstraction's <see cref="VectorStoreException"/>: the message names the
/// operation, the collection, the server address and Qdrant's own status text, plus what to do about it.
/// </summary>
public sealed class QdrantStoreException : VectorStoreException
{
    public QdrantStoreException(string message, StatusCode statusCode, Exception? inner = null)
        : base(message, inner!)
    {
        StatusCode = statusCode;
        VectorStoreSystemName = QdrantEvidenceStore.SystemName;
    }

    /// <summary>The gRPC status Qdrant answered with (Unavailable when it could not be reached).</summary>
    public StatusCode StatusCode { get; }

    internal static QdrantStoreException From(RpcException e, string operation, string collection, Uri address)
    {
        var hint = e.StatusCode switch
        {
            StatusCode.Unavailable =>
                $" Is Qdrant running at {address}? Start it with `docker run -p 6333:6333 -p 6334:6334 "
                    + "qdrant/qdrant` or set CxAssistant:VectorStore:Qdrant:Url (the gRPC port, 6334).",
            StatusCode.Unauthenticated or StatusCode.PermissionDenied =>
                " Check CxAssistant:VectorStore:Qdrant:ApiKey.",
            StatusCode.NotFound => $" Collection '{collection}' does not exist on this server.",
            StatusCode.DeadlineExceeded => " Qdrant did not answer within CxAssistant:VectorStore:Qdrant:Timeout.",
            _ => "",
        };
        var detail = string.IsNullOrWhiteSpace(e.Status.Detail) ? e.StatusCode.ToString() : e.Status.Detail;
        return new QdrantStoreException(
            $"Qdrant {operation} on collection '{collection}' at {address} failed ({e.StatusCode}): {detail}.{hint}",
            e.StatusCode,
            e
        )
        {
            CollectionName = collection,
            OperationName = operation,
        };
    }
}
