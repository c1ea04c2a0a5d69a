namespace CxAssistant.Core.Metrics;

/// <summary>
/// The one list of metadata field names that identify a person, a record or a moment, or hold prose: such a field
/// never describes a group of customers, so neither the scoring core's segments nor the persona features use it.
/// </summary>
public static class FieldNames
{
    private static readonly string[] IdentityOrProse =
    [
        "id",
        "email",
        "e-mail",
        "name",
        "phone",
        "comment",
        "comments",
        "text",
        "feedback",
        "date",
        "time",
        "timestamp",
        "url",
        "address",
    ];

    /// <summary>True for an id ("id", "order_id", "CustomerID"…), a contact detail, a moment or a prose column.</summary>
    public static bool IsIdentityOrProse(string field)
    {
        var f = field.Trim().ToLowerInvariant();
        return IdentityOrProse.Contains(f)
            || f.EndsWith("_id", StringComparison.Ordinal)
            || f.EndsWith(" id", StringComparison.Ordinal)
            || f.EndsWith("-id", StringComparison.Ordinal)
            || (
                f.Length > 2
                && (
                    field.Trim().EndsWith("Id", StringComparison.Ordinal)
                    || field.Trim().EndsWith("ID", StringComparison.Ordinal)
                )
            );
    }
}
