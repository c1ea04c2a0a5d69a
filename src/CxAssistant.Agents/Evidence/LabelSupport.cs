using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Agents.Evidence;

/// <summary>
/// Accepts a model's touchpoint label only when its quote carries evidence for it: a test in <see cref="Tests"/> (the
/// offline reader's cue, a sentence encoder's similarity) passes on the quote. Otherwise the label is <em>repaired</em>
/// when the offline reader itself saw that touchpoint in the record (the label stays, with the offline span as its
/// quote), or dropped; an item left with none of its model touchpoints is <em>replaced</em> by the offline labels. A
/// verbatim quote proves the words exist, not that they show the label: "Delivery took two weeks a" is no evidence of
/// website search. What the offline reader saw stays in its order; the model adds the shown touchpoints it missed.
/// Intent and
/// emotions are not quoted by the prompt: they must agree with the record (<see cref="FeelingSupport"/>).
/// </summary>
public sealed class LabelSupport(IReadOnlyList<ILabelEvidence> tests, TouchpointCatalog catalog)
{
    /// <summary>Reasons counted in the report.</summary>
    public const string Supported = "supported",
        Repaired = "repaired",
        Replaced = "replaced";

    /// <summary>The tests, in order; the first that passes names the reason.</summary>
    public IReadOnlyList<ILabelEvidence> Tests { get; } = tests;

    /// <summary>The annotation to keep for one item and what was decided for each of its model touchpoints.</summary>
    public async Task<(Annotation Annotation, IReadOnlyList<LabelDecision> Decisions)> VerifyAsync(
        EvidenceRecord record,
        Annotation offline,
        Annotation model,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(offline);
        ArgumentNullException.ThrowIfNull(model);
        var kept = new List<TouchpointMention>();
        var decisions = new List<LabelDecision>();
        foreach (var mention in model.Touchpoints)
        {
            var claim = new LabelClaim(
                record,
                mention.Start,
                mention.End,
                "touchpoint",
                mention.TouchpointId,
                Meaning(mention.TouchpointId),
                offline
            );
            var test = await FirstPassingAsync(claim, cancellationToken).ConfigureAwait(false);
            if (test is not null)
            {
                kept.Add(mention);
                decisions.Add(new LabelDecision(mention.TouchpointId, Supported, test));
                continue;
            }
            // The offline reader saw this touchpoint elsewhere in the record: keep the label, quote the words it saw.
            if (offline.Touchpoints.FirstOrDefault(m => m.TouchpointId == mention.TouchpointId) is { } seen)
            {
                kept.Add(mention with { Start = seen.Start, End = seen.End });
                decisions.Add(new LabelDecision(mention.TouchpointId, Repaired, "the offline reader's span"));
                continue;
            }
            decisions.Add(new LabelDecision(mention.TouchpointId, Replaced, "the quote does not show the label"));
        }
        if (model.Touchpoints.Count > 0 && kept.Count == 0)
        {
            // Nothing the model said about touchpoints stands: the offline reading, and its feelings with it.
            return (offline with { Provenance = model.Provenance }, decisions);
        }
        // What the offline reader saw stays, in its order (a quote cannot unsee it, nor demote it); the model adds the
        // touchpoints it showed that the reader missed, after them (first when the reader saw none).
        kept =
        [
            .. offline.Touchpoints,
            .. kept.Where(k => !offline.Touchpoints.Any(o => o.TouchpointId == k.TouchpointId)),
        ];
        var (intent, emotions, feelings) = FeelingSupport.Verify(offline, model);
        decisions.AddRange(feelings);
        return (model with { Touchpoints = kept, Intent = intent, Emotions = emotions }, decisions);
    }

    private async Task<string?> FirstPassingAsync(LabelClaim claim, CancellationToken cancellationToken)
    {
        foreach (var test in Tests)
        {
            if (await test.SupportsAsync(claim, cancellationToken).ConfigureAwait(false))
            {
                return test.Name;
            }
        }
        return null;
    }

    private string Meaning(string touchpointId) =>
        catalog.Find(touchpointId) is { } t ? $"{t.Name}: {t.Description}" : touchpointId;
}
