namespace CxAssistant.Core.Metrics;

/// <summary>
/// The engagement metrics beyond NPS/CSAT/CES (seed 000): lifetime value (null without order values),
/// retention and churn signals, key drivers of NPS or rating (null without either), importance × performance
/// quadrants, and social mentions. <see cref="Assumptions"/> lists every assumed input the report must show.
/// </summary>
public sealed record EngagementAnalysis(
    LifetimeValueResult? LifetimeValue,
    RetentionResult Retention,
    KeyDriverResult? KeyDrivers,
    IReadOnlyList<ImportancePerformancePoint> Quadrants,
    int SocialMentions,
    double? SocialSentiment,
    IReadOnlyList<string> Assumptions
);
