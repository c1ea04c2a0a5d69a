namespace CxAssistant.Ingestion;

/// <summary>The roles a column can play; also the keys of <c>SourceSummary.ColumnMapping</c>.</summary>
public static class ColumnRoles
{
    public const string Text = "text";
    public const string Id = "id";
    public const string Time = "time";
    public const string Customer = "customer";
    public const string Rating = "rating";
    public const string Nps = "nps";
    public const string Csat = "csat";
    public const string Ces = "ces";
    public const string Channel = "channel";

    public static IReadOnlyList<string> All { get; } = [Text, Id, Time, Customer, Rating, Nps, Csat, Ces, Channel];
}
