using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Personas;

/// <summary>
/// A customer segment made into a person (BTABoK persona card, seeds 000/001): who they are, what they are
/// trying to get done, what hurts and what delights them, and an empathy map — every item backed by the
/// customers' own words (verbatim <see cref="EvidenceQuote"/>s) or by a figure the core computed.
/// Drafted offline by clustering customers; a model drafter fills the same shape and passes the same
/// <see cref="PersonaCheck"/>.
/// </summary>
public sealed record PersonaCard
{
    /// <summary>Stable within one analysis ("persona-1" is the largest segment).</summary>
    public required string Id { get; init; }

    /// <summary>A memorable human name plus a descriptive tag: "Commuter Clara — the pre-order regular".</summary>
    public required string Name { get; init; }
    public required PersonaRole Role { get; init; }

    /// <summary>Who they are: segment metadata and behaviour in plain words.</summary>
    public required IReadOnlyList<PersonaItem> Context { get; init; }

    /// <summary>What they are trying to get done, in their words.</summary>
    public required IReadOnlyList<PersonaItem> Jobs { get; init; }
    public required IReadOnlyList<PersonaItem> Pains { get; init; }
    public required IReadOnlyList<PersonaItem> Gains { get; init; }
    public required EmpathyMap EmpathyMap { get; init; }

    /// <summary>Representative verbatim quotes (at most one per customer).</summary>
    public required IReadOnlyList<EvidenceQuote> Quotes { get; init; }
    public required PersonaShare Share { get; init; }
    public required IReadOnlyList<KeyTouchpoint> KeyTouchpoints { get; init; }
    public required SegmentDefinition Segment { get; init; }

    /// <summary>
    /// False for a proto-persona: too few customers or records behind it (see <see cref="PersonaThresholds"/>).
    /// </summary>
    public required bool EvidenceBased { get; init; }
    public required Provenance Provenance { get; init; }

    /// <summary>Every quote the card cites, in the quote list and in every item.</summary>
    public IEnumerable<EvidenceQuote> AllQuotes() => Quotes.Concat(AllItems().SelectMany(i => i.Quotes));

    public IEnumerable<PersonaItem> AllItems() =>
        Context.Concat(Jobs).Concat(Pains).Concat(Gains).Concat(EmpathyMap.Quadrants().SelectMany(q => q.Items));
}
