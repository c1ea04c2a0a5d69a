namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// Thresholds of job mining; the defaults were set on public review, support and forum data (evals/public).
/// </summary>
public sealed record JobMiningOptions
{
    /// <summary>
    /// Similarity at which two phrases state the same main job, on <see cref="JobVectors"/>: with the verb weight
    /// 0.4 two phrases with one verb need a meaning cosine of about 0.58, two with different verbs about 0.74.
    /// </summary>
    public double MainThreshold { get; init; } = 0.64;

    /// <summary>Weight of the verb beside the phrase's meaning (0 = meaning alone).</summary>
    public double VerbWeight { get; init; } = 0.4;

    /// <summary>Cosine at which two phrases of one main job state the same functional job.</summary>
    public double FunctionalThreshold { get; init; } = 0.8;

    /// <summary>Distinct phrases grouped at most (the most widely used first); bounds the clustering's cost.</summary>
    public int MaxPhrases { get; init; } = 1500;

    /// <summary>Customers a main job needs; null = 2, or 0.1% of the customers up to 5 in large data.</summary>
    public int? MinSupport { get; init; }

    /// <summary>Most main jobs shown.</summary>
    public int MaxMainJobs { get; init; } = 8;
}
