namespace CxAssistant.Core.Jobs;

/// <summary>The universal job-map steps a functional job belongs to (Strategyn's job map, seed 003).</summary>
public enum JobMapStep
{
    Define,
    Locate,
    Prepare,
    Confirm,
    Execute,
    Monitor,
    Modify,
    Conclude,
}
