namespace CxAssistant.Web.Jobs;

/// <summary>
/// One progress step of a background job (Total 0 = indeterminate), streamed to the browser as an SSE event.
/// </summary>
public sealed record JobEvent(string Stage, int Done, int Total);
