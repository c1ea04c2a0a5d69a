using CxAssistant.Core.Evidence;

namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// A remedy that fits a touchpoint: its text filled with this business's figures, the records whose words match its
/// signals (<see cref="Hits"/>: record index, span and the signal's rank in the remedy's list, 0 = most specific),
/// the pains it can address here and a base score (how well it fits before the pain is chosen).
/// </summary>
internal sealed record RemedyCandidate(
    Remedy Remedy,
    string Title,
    string Change,
    string Resources,
    IReadOnlyList<SignalHit> Hits,
    IReadOnlyList<string> Pains,
    IReadOnlyList<EvidenceQuote> Specifics,
    bool Fits,
    int Score
);
