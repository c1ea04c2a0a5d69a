namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Hits, best first, plus notes about filters that could not be applied (shown to the user, not swallowed).
/// </summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> Notes);
