using CxAssistant.Core.Metrics;

namespace CxAssistant.Web.Analysis;

/// <summary>Engagement metrics of the records dated within one period ("2026-03").</summary>
public sealed record PeriodMetrics(string Period, ExperienceMetrics Metrics);
