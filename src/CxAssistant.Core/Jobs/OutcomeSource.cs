namespace CxAssistant.Core.Jobs;

/// <summary>Where an outcome's importance and satisfaction came from.</summary>
public enum OutcomeSource
{
    /// <summary>Means of survey answers (importance/satisfaction columns), with the number of answers.</summary>
    Measured,

    /// <summary>Estimated from how often and how strongly customers raise the topic; a proxy, not a rating.</summary>
    Estimated,
}
