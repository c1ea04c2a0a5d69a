namespace CxAssistant.Core.Alerts;

/// <summary>Which threshold an alert crossed.</summary>
public enum AlertKind
{
    NegativeShare,
    NpsDrop,
    NewTheme,
}

/// <summary>
/// One crossed threshold: what (<see cref="Subject"/>: a touchpoint or pain id, null for overall NPS), the measured
/// <see cref="Value"/> against its <see cref="Threshold"/>, the records behind it (<see cref="Support"/>), the period
/// it
/// was measured in (null: all the data), the test's p-value when there is one, and a sentence for people.
/// </summary>
public sealed record Alert(
    AlertKind Kind,
    string? Subject,
    string Name,
    double Value,
    double Threshold,
    int Support,
    string? Period,
    double? P,
    string Message
);
