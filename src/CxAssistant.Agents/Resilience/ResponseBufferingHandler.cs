namespace CxAssistant.Agents.Resilience;

/// <summary>
/// Reads a non-streaming response body inside the resilience pipeline, so a body that stalls counts against the
/// attempt timeout and is retried like any other slow attempt. The SDKs ask for headers only and read the body
/// later, which would otherwise escape both timeouts. Streams (SSE, NDJSON) are passed through untouched.
/// </summary>
public sealed class ResponseBufferingHandler : DelegatingHandler
{
    private static readonly HashSet<string> StreamingMediaTypes =
        new(["text/event-stream", "application/x-ndjson", "application/jsonl"], StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !StreamingMediaTypes.Contains(mediaType))
        {
            try
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
        return response;
    }
}
