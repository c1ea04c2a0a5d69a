namespace CxAssistant.Agents.Resilience;

/// <summary>
/// Puts response bodies under a clock. The SDKs ask for headers only and read the body later, outside every
/// pipeline timeout, so: a non-streaming body is read here, inside the attempt (a body that stalls is retried like
/// any slow attempt); a stream (SSE, NDJSON) is wrapped so that a gap longer than <paramref name="idleTimeout"/>
/// between chunks fails with <see cref="StreamIdleTimeoutException"/> instead of hanging. This also covers SDKs
/// that read streams without passing a cancellation token on.
/// </summary>
public sealed class ResponseBodyHandler(TimeSpan idleTimeout) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!StreamingResponses.IsStreaming(response))
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                return response;
            }
            var original = response.Content;
            var guarded = new StreamContent(
                new IdleTimeoutStream(
                    await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
                    idleTimeout
                )
            );
            foreach (var header in original.Headers)
            {
                guarded.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            response.Content = guarded;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
