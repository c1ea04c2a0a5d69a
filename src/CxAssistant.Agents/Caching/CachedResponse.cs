namespace CxAssistant.Agents.Caching;

/// <summary>
/// One cached model answer. <see cref="Source"/> labels where it came from ("model" for a real provider, "scripted" for
/// a test double…) so a replayed run never passes scripted answers off as a model's.
/// </summary>
public sealed record CachedResponse(string Key, string Source, string Model, string PromptId, DateTimeOffset CreatedAt, string Text, int InputTokens, int OutputTokens);
