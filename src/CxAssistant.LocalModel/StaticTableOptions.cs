namespace CxAssistant.LocalModel;

/// <summary>How the distilled token rows are weighted when a text is averaged from them.</summary>
public enum StaticWeighting
{
    /// <summary>Every token counts the same.</summary>
    None,

    /// <summary>
    /// Model2Vec's Zipf weighting: a row is scaled by log(1 + rank), the rank taken from the vocabulary order (BERT's
    /// whole words are listed roughly from most to least frequent), so very common words weigh little.
    /// </summary>
    Zipf,
}

/// <summary>Settings that change the static table (and so its cache key).</summary>
public sealed record StaticTableOptions
{
    /// <summary>Row weighting.</summary>
    public StaticWeighting Weighting { get; init; } = StaticWeighting.Zipf;

    /// <summary>Subtract the mean row before weighting (removes the direction every token shares).</summary>
    public bool Center { get; init; } = true;

    /// <summary>Part of the cache file name: a different setting is a different table.</summary>
    public string Key => $"{Weighting.ToString().ToLowerInvariant()}{(Center ? "-c" : "")}";
}
