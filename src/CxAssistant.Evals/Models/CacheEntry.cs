namespace CxAssistant.Evals.Models;

/// <summary>One recorded model response: its key, who produced it (<c>model:&lt;id&gt;</c> or <c>scripted</c>), the canonical request, the response text and usage.</summary>
public sealed record CacheEntry(
    string Key,
    string Origin,
    string ModelId,
    string Request,
    string ResponseText,
    long InputTokens,
    long OutputTokens,
    double LatencyMs,
    DateTimeOffset RecordedAt);
