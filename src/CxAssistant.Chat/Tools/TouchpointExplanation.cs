namespace CxAssistant.Chat.Tools;

/// <summary>
/// A touchpoint's scores with what explains them: the four dimensions, priority, quick win, NPS impact, the metrics of
/// the customers who mention it, confidence (from the evidence count), its main pains and the quotes (citation
/// numbers).
/// </summary>
public sealed record TouchpointExplanation(
    int Rank,
    string Id,
    string Name,
    string Stage,
    double Priority,
    bool QuickWin,
    int Mentions,
    int Customers,
    DimensionView EmotionalImpact,
    DimensionView FunctionalPerformance,
    DimensionView Frequency,
    DimensionView BusinessImpact,
    double? NpsImpact,
    double? Nps,
    int NpsAnswers,
    double? Csat,
    string Confidence,
    IReadOnlyList<PainShare> Pains,
    string Explanation,
    IReadOnlyList<int> Quotes
);
