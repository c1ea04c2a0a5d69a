namespace CxAssistant.Agents.Evidence;

/// <summary>
/// One test of whether a model's quote carries evidence for the label it was given. Pluggable: the offline reader's
/// cues
/// (<see cref="CueEvidence"/>) always run; a sentence encoder adds <see cref="SimilarityEvidence"/> when one is
/// configured.
/// </summary>
public interface ILabelEvidence
{
    /// <summary>The name reports use for labels this test accepted ("cue", "similarity").</summary>
    string Name { get; }

    /// <summary>True when the claim's quote shows its label.</summary>
    ValueTask<bool> SupportsAsync(LabelClaim claim, CancellationToken cancellationToken = default);
}
