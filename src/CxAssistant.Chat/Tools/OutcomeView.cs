namespace CxAssistant.Chat.Tools;

/// <summary>
/// A desired outcome with importance, satisfaction, opportunity = importance + max(importance − satisfaction, 0) and
/// its band.
/// </summary>
public sealed record OutcomeView(
    string Id,
    string JobId,
    string Statement,
    double Importance,
    double Satisfaction,
    double Opportunity,
    string Band,
    string Source,
    int Responses
);
