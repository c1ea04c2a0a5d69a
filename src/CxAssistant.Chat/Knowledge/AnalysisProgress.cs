namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// What the cache is doing: loading a stored analysis, or analysing (with the pipeline's stage and counts).
/// </summary>
public readonly record struct AnalysisProgress(string Stage, int Done, int Total);
