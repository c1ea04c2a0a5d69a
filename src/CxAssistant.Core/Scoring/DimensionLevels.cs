namespace CxAssistant.Core.Scoring;

/// <summary>
/// The plain-language levels of the four seed-004 dimensions and their cut points (lower bounds are
/// inclusive). Published so renderers and validators use the same words as the core.
/// </summary>
public static class DimensionLevels
{
    /// <summary>Emotional impact at or above which a touchpoint reads as "positive".</summary>
    public const double PositiveCut = 0.15;

    /// <summary>
    /// Emotional impact −1…+1: ≤ −0.5 highly negative, ≤ −0.15 negative, &lt; 0.15 neutral, &lt; 0.5 positive, else
    /// highly positive.
    /// </summary>
    public static string Emotional(double value) =>
        value switch
        {
            <= -0.5 => "highly negative",
            <= -0.15 => "negative",
            < PositiveCut => "neutral",
            < 0.5 => "positive",
            _ => "highly positive",
        };

    /// <summary>
    /// Functional performance 0…1: &lt; 0.2 fails, &lt; 0.5 often fails, &lt; 0.75 mixed, &lt; 0.95 works well, else
    /// does the job perfectly.
    /// </summary>
    public static string Functional(double value) =>
        value switch
        {
            < 0.2 => "fails",
            < 0.5 => "often fails",
            < 0.75 => "mixed",
            < 0.95 => "works well",
            _ => "does the job perfectly",
        };

    /// <summary>
    /// Frequency (share of customers) 0…1: &lt; 2% rare, &lt; 5% occasional, &lt; 15% common, &lt; 30% very common,
    /// else extremely common.
    /// </summary>
    public static string Frequency(double value) =>
        value switch
        {
            < 0.02 => "rare",
            < 0.05 => "occasional",
            < 0.15 => "common",
            < 0.30 => "very common",
            _ => "extremely common",
        };

    /// <summary>
    /// Business impact 0…1: &lt; 0.2 minimal, &lt; 0.4 low, &lt; 0.6 moderate, &lt; 0.8 high, else mission-critical.
    /// </summary>
    public static string Business(double value) =>
        value switch
        {
            < 0.2 => "minimal",
            < 0.4 => "low",
            < 0.6 => "moderate",
            < 0.8 => "high",
            _ => "mission-critical",
        };
}
