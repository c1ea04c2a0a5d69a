using CxAssistant.Agents.Providers;

namespace CxAssistant.Hosting.Providers;

/// <summary>The outcome of one tiny request to a provider.</summary>
/// <param name="Provider">The provider checked.</param>
/// <param name="Succeeded">Whether it answered as documented.</param>
/// <param name="Detail">What came back ("replied 'ok'", "1536-dimension vector") or why it failed.</param>
/// <param name="Elapsed">Wall time of the request, retries included.</param>
public sealed record ProviderCheckResult(ProviderInfo Provider, bool Succeeded, string Detail, TimeSpan Elapsed);
