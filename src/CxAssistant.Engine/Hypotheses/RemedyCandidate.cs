using CxAssistant.Core.Evidence;

namespace CxAssistant.Engine.Hypotheses;

/// <summary>
/// A remedy that fits a touchpoint: its text filled with this business's figures, the records whose words match its
/// signals (<see cref="Hits"/>: record index and span), the pains it can address here and how well it fits.
/// </summary>
internal sealed record RemedyCandidate(
    Remedy Remedy,
    string Title,
    string Change,
    string Resources,
    IReadOnlyList<(int Record, int Start, int End)> Hits,
    IReadOnlyList<string> Pains,
    IReadOnlyList<EvidenceQuote> Specifics,
    int Score);
