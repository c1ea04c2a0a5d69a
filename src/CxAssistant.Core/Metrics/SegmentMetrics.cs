namespace CxAssistant.Core.Metrics;

/// <summary>Metrics for one value of one metadata field ("plan" = "pro").</summary>
public sealed record SegmentMetrics(string Field, string Value, ExperienceMetrics Metrics, double MeanSentiment);
