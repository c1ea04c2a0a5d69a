namespace CxAssistant.Core.Periods;

/// <summary>How records are grouped in time for a period comparison (<c>cx analyze --compare-periods</c>).</summary>
public enum PeriodGrain
{
    Week,
    Month,
    Quarter,
}
