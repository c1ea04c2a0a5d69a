namespace CxAssistant.DevTools.Samples;

/// <summary>The tone a synthetic text was written in (the generator's ground truth, not written to the CSV).</summary>
public enum SyntheticTone
{
    /// <summary>A question or a flat statement.</summary>
    Neutral,

    /// <summary>Complaint phrases only.</summary>
    Complaint,

    /// <summary>Praise for one touchpoint and a complaint about another.</summary>
    Mixed,

    /// <summary>Praise phrases only.</summary>
    Praise,
}

/// <summary>
/// One row of the synthetic e-commerce feedback export. The positional members are the CSV columns
/// (id, customer_id, created_at, channel, nps, rating, plan, region, order_value, text);
/// <see cref="TouchpointId"/> and <see cref="Tone"/> are ground truth for tests and evaluations.
/// </summary>
public sealed record SyntheticRow(
    string Id,
    string CustomerId,
    DateTimeOffset CreatedAt,
    string Channel,
    int? Nps,
    int? Rating,
    string Plan,
    string Region,
    decimal? OrderValue,
    string Text
)
{
    /// <summary>The touchpoint the text is mainly about ("" for flat statements).</summary>
    public string TouchpointId { get; init; } = "";

    public SyntheticTone Tone { get; init; }
}
