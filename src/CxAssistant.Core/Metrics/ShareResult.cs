namespace CxAssistant.Core.Metrics;

/// <summary>A percentage of responses meeting a condition (CSAT = % of 4–5 on 1–5), with a 95% Wilson band.</summary>
public sealed record ShareResult(double Percent, int Hits, int Responses, double Low, double High);
