namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Survey means for one outcome column pair, already on 1–10: the outcome's name from the column
/// ("order ready on time"), its ODI statement, the means and how many answers were behind each.
/// </summary>
internal sealed record MeasuredOutcome(
    string Name,
    string Statement,
    double Importance,
    double Satisfaction,
    int Responses,
    string Method
);
