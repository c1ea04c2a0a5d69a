namespace CxAssistant.Chat.Tools;

/// <summary>
/// An improvement hypothesis in short: the change, how success is measured from this data's baseline, effort, impact
/// and quotes.
/// </summary>
public sealed record HypothesisView(
    string Id,
    string Touchpoint,
    string Title,
    string Change,
    string Metric,
    double Baseline,
    string BaselineUnit,
    int BaselineN,
    string Target,
    string Effort,
    string Impact,
    bool QuickWin,
    string KillCriterion,
    IReadOnlyList<int> Quotes
);
