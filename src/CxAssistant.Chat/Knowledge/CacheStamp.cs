namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// What a cached analysis was computed from: the workspace fingerprint, its record count and the generator version.
/// </summary>
public sealed record CacheStamp(string Fingerprint, long Records, string Generator, DateTimeOffset CreatedAt);
