namespace CxAssistant.Analysis.Personas;

/// <summary>How personas are segmented and drafted (`cx analyze --personas N`). See docs/personas.md.</summary>
public sealed record PersonaOptions
{
    /// <summary>
    /// Number of personas; null chooses k from the data (best silhouette over
    /// <see cref="MinCount"/>..<see cref="MaxCount"/>).
    /// </summary>
    public int? Count { get; init; }
    public int MinCount { get; init; } = 2;
    public int MaxCount { get; init; } = 6;

    /// <summary>Seed for k-means++; fixed so the same data always gives the same personas.</summary>
    public ulong Seed { get; init; } = 20261123;

    /// <summary>Representative quotes per card.</summary>
    public int Quotes { get; init; } = 4;

    /// <summary>Items per list (pains, gains, each empathy-map quadrant).</summary>
    public int ItemsPerList { get; init; } = 4;
}
