using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// The result of checking a model's answer: the artifact built from it and the findings (empty = accepted).
/// </summary>
public sealed record Checked<T>(T? Artifact, IReadOnlyList<Finding> Findings)
    where T : class
{
    /// <summary>An answer that failed with these findings.</summary>
    public static Checked<T> Failed(IReadOnlyList<Finding> findings) => new(null, findings);
}
