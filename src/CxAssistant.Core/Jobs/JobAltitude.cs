namespace CxAssistant.Core.Jobs;

/// <summary>
/// How specific a job statement is (seed 003): aspirational jobs answer "why", functional jobs answer "how".
/// A job tree runs aspirational → main → functional.
/// </summary>
public enum JobAltitude
{
    Aspirational,
    Main,
    Functional,
}
