namespace CxAssistant.Core.Evidence;

/// <summary>
/// One record of customer data (a survey answer, a review, a transcript turn, a note…).
/// <see cref="Id"/> is a stable content hash; <see cref="RecordId"/> is the user's own id
/// (the id column's value, else the row or line number) so outputs can be joined back to their files.
/// </summary>
public sealed record EvidenceRecord
{
    public required string Id { get; init; }
    public required string RecordId { get; init; }
    public required SourceLocation Source { get; init; }
    public required Channel Channel { get; init; }
    public required string Text { get; init; }
    public string? CustomerId { get; init; }
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Who spoke, for transcript turns ("customer", "agent", a name…).</summary>
    public string? Speaker { get; init; }

    /// <summary>Star rating on a 1–5 scale.</summary>
    public double? Rating { get; init; }

    /// <summary>Likelihood-to-recommend answer, 0–10.</summary>
    public int? Nps { get; init; }

    /// <summary>Customer satisfaction on a 1–5 scale.</summary>
    public double? Csat { get; init; }

    /// <summary>Customer effort score on a 1–7 scale (higher = easier).</summary>
    public double? Ces { get; init; }

    /// <summary>Every other column, kept for segmentation (plan, region, order value…).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = EmptyMetadata;

    /// <summary>True when the speaker is known to be the business, not the customer.</summary>
    public bool IsBusinessSpeaker => Speaker is not null && SpeakerRoles.IsBusiness(Speaker);

    /// <summary>
    /// True when the record is something a customer said or did. Agent turns and analytics rows (the
    /// business's own figures) are evidence too, but they are not touchpoint mentions, customers or quotes.
    /// </summary>
    public bool IsCustomerVoice => !IsBusinessSpeaker && Channel != Channel.Analytics;

    /// <summary>
    /// True when the words are the customer's own. A sales or account note is customer evidence written by staff
    /// ("mentioned a competitor"): it places the customer at touchpoints, but a churn signal must be said by them.
    /// </summary>
    public bool IsCustomersOwnWords => IsCustomerVoice && Channel != Channel.SalesNote;

    /// <summary>
    /// Who the record belongs to when customers are counted: <c>customer:&lt;id&gt;</c> (trimmed, case-sensitive), else
    /// <c>record:&lt;evidence id&gt;</c>, so anonymous feedback counts as one customer per record.
    /// </summary>
    public string CustomerKey =>
        string.IsNullOrWhiteSpace(CustomerId) ? "record:" + Id : "customer:" + CustomerId.Trim();

    private static readonly IReadOnlyDictionary<string, string> EmptyMetadata = new Dictionary<string, string>(
        StringComparer.OrdinalIgnoreCase
    );
}
