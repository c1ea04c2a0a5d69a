namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// A desired outcome of a theme in ODI form; records whose text matches a trigger are "on the topic" and drive the
/// estimate (see <see cref="OutcomeEstimator"/>).
/// </summary>
internal sealed record OutcomeTemplate(string Statement, IReadOnlyList<string> Triggers);
