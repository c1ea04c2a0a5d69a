namespace CxAssistant.Analysis.Touchpoints;

/// <summary>Which target (touchpoint, knowledge type, preset) an entry counts for, and how much.</summary>
internal readonly record struct TermTarget(int Target, float Weight);
