namespace CxAssistant.Engine.Reports;

/// <summary>How reports are titled and how much they show.</summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "customer feedback";
    /// <summary>Touchpoints shown in "fix first" with quotes.</summary>
    public int Top { get; init; } = 3;
    public int QuotesPerTouchpoint { get; init; } = 3;
}
