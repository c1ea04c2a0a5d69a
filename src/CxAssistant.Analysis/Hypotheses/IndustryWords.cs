namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// Words that only the listed kinds of business use ("product pages", "housekeeping"): in a hypothesis for any other
/// kind they are advice from another industry.
/// </summary>
public sealed record IndustryWords(IReadOnlyList<string> Words, IReadOnlyList<string> Kinds);
