namespace CxAssistant.Core.Metrics;

/// <summary>Which metadata fields count as segments (see docs/scoring.md, "Segments").</summary>
public sealed record SegmentOptions
{
    /// <summary>A segment value needs at least this many records to be reported.</summary>
    public int MinSegmentSize { get; init; } = 5;

    /// <summary>A categorical field needs 2..this many distinct values; more looks like free text or ids.</summary>
    public int MaxDistinctValues { get; init; } = 12;

    /// <summary>Values longer than this on average are free text, not segments.</summary>
    public int MaxAverageValueLength { get; init; } = 40;

    /// <summary>
    /// Numeric fields with more distinct values than <see cref="MaxDistinctValues"/> are split into terciles.
    /// </summary>
    public bool BinNumericFields { get; init; } = true;
}
