namespace CxAssistant.Ingestion;

/// <summary>The column index chosen for each role, and how the time column writes its dates.</summary>
internal sealed class DetectedColumns
{
    public Dictionary<string, int> Roles { get; } = new(StringComparer.Ordinal);
    public bool DayFirstDates { get; set; }

    /// <summary>Whether the time column was named by the user or a hint, so epoch numbers are accepted.</summary>
    public bool TimeByName { get; set; }

    public int? this[string role] => Roles.TryGetValue(role, out var i) ? i : null;
}
