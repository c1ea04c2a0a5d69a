using System.Net;
using Microsoft.Extensions.VectorData;

namespace CxAssistant.Engine.Memory.Qdrant;

/// <summary>A Qdrant request failed; the message names the URL, the operation and the HTTP status or socket error.</summary>
public sealed class QdrantException : VectorStoreException
{
    public QdrantException()
    {
    }

    public QdrantException(string message) : base(message)
    {
    }

    public QdrantException(string message, Exception innerException) : base(message, innerException)
    {
    }

    internal QdrantException(string message, string operation, Uri url, HttpStatusCode? statusCode, Exception? inner = null)
        : base(message, inner!)
    {
        OperationName = operation;
        Url = url;
        StatusCode = statusCode;
        VectorStoreSystemName = "qdrant";
    }

    /// <summary>The request URL, or null when the failure was not tied to one request.</summary>
    public Uri? Url { get; }

    /// <summary>The HTTP status, or null when no response arrived (connection refused, DNS, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }
}
