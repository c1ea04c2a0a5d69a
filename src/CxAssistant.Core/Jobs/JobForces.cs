using System.Text.Json.Serialization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// The four JTBD forces (seed 000, forces canvas), each backed by verbatim quotes: push (frustration with the
/// current way), pull (the attraction of a new way), anxiety (worry about switching) and habit (the current routine).
/// </summary>
public sealed record JobForces(
    IReadOnlyList<EvidenceQuote> Push,
    IReadOnlyList<EvidenceQuote> Pull,
    IReadOnlyList<EvidenceQuote> Anxiety,
    IReadOnlyList<EvidenceQuote> Habit
)
{
    public static readonly JobForces None = new([], [], [], []);

    [JsonIgnore]
    public IEnumerable<EvidenceQuote> All => Push.Concat(Pull).Concat(Anxiety).Concat(Habit);
}
