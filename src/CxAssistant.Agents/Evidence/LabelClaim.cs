using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Agents.Evidence;

/// <summary>
/// A label a model gave one evidence item and the quote it gave for it: the record, the quote's span [QuoteStart,
/// QuoteEnd), the field ("touchpoint", "intent", "emotion"), the label, what the label means (a touchpoint's name and
/// description) and the offline reader's annotation of the same record.
/// </summary>
public sealed record LabelClaim(
    EvidenceRecord Record,
    int QuoteStart,
    int QuoteEnd,
    string Field,
    string Label,
    string Meaning,
    Annotation Offline
)
{
    /// <summary>The quoted words.</summary>
    public string Quote => Record.Text[QuoteStart..QuoteEnd];
}
