using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>A job-state lexicon entry: the state a phrase signals and how strongly.</summary>
internal readonly record struct JobCue(JobStateEvent State, double Weight);
