using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// The job-state event a text signals, the span of its strongest cue (0,0 when none) and a 0–1 confidence.
/// </summary>
public sealed record JobStateResult(JobStateEvent State, int Start, int End, double Confidence)
{
    /// <summary>When the state came from meaning: the prototype request the text is closest to.</summary>
    public string? MeaningCue { get; init; }
}
