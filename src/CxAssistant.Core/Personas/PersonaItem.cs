using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Personas;

/// <summary>
/// One short statement on a card ("Plans the order around a train", "Feels frustration (9 customers)"), backed by
/// verbatim quotes, by a computed <see cref="Fact"/> ("9 of 31 customers"), or both. An item with neither is
/// an unsupported claim and fails <see cref="PersonaCheck"/>.
/// </summary>
public sealed record PersonaItem(string Text, IReadOnlyList<EvidenceQuote> Quotes, string? Fact = null)
{
    public static PersonaItem Quoted(string text, params EvidenceQuote[] quotes) => new(text, quotes);

    public static PersonaItem Computed(string text, string fact) => new(text, [], fact);
}
