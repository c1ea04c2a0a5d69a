namespace CxAssistant.Core.Metrics;

/// <summary>A mean of numeric answers (CES, star rating) with a 95% band.</summary>
public sealed record MeanResult(double Mean, int Responses, double Low, double High);
