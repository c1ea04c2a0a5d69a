namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Optional restrictions applied to both the keyword and the vector side of a hybrid search.
/// <see cref="Touchpoint"/> and <see cref="Sentiment"/> need an index refreshed with an <see cref="EvidenceTagger"/>.
/// <see cref="Since"/> is inclusive and <see cref="Until"/> exclusive; records without a timestamp never match a date
/// filter.
/// </summary>
public sealed record SearchFilters(
    string? Channel = null,
    string? Touchpoint = null,
    string? Source = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null,
    string? Sentiment = null
)
{
    public static SearchFilters None { get; } = new();

    /// <summary>Channel in the stored form (lower case) so "Social" and "social" match.</summary>
    internal string? NormalisedChannel => string.IsNullOrWhiteSpace(Channel) ? null : Channel.Trim().ToLowerInvariant();

    /// <summary>Sentiment label in the stored form (positive, neutral, negative, mixed — lower case).</summary>
    internal string? NormalisedSentiment =>
        string.IsNullOrWhiteSpace(Sentiment) ? null : Sentiment.Trim().ToLowerInvariant();

    internal string? NormalisedSource => string.IsNullOrWhiteSpace(Source) ? null : Source.Trim();

    internal long? SinceMs => Since?.ToUnixTimeMilliseconds();

    internal long? UntilMs => Until?.ToUnixTimeMilliseconds();
}
