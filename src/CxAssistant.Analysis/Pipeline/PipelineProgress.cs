namespace CxAssistant.Analysis.Pipeline;

/// <summary>A progress report: which stage is running and how far it is (Total 0 = indeterminate).</summary>
public readonly record struct PipelineProgress(string Stage, int Done, int Total);
