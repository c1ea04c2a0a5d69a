using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;

namespace CxAssistant.Agents.Evidence;

/// <summary>
/// The offline reader recognises the label in the quote: a touchpoint the catalog's matcher finds in the quoted words
/// (or an offline cue for it inside the quote); an intent or emotion whose offline cue lies inside the quote.
/// </summary>
public sealed class CueEvidence(ITouchpointMatcher matcher) : ILabelEvidence
{
    /// <inheritdoc />
    public string Name => "cue";

    /// <inheritdoc />
    public ValueTask<bool> SupportsAsync(LabelClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var prefix = claim.Field switch
        {
            "touchpoint" => CueLabels.Touchpoint,
            "intent" => CueLabels.Intent,
            _ => CueLabels.Emotion,
        };
        var inside = claim.Offline.Cues.Any(c =>
            c.Label == prefix + claim.Label && c.Start < claim.QuoteEnd && claim.QuoteStart < c.End
        );
        if (inside || claim.Field != "touchpoint")
        {
            return ValueTask.FromResult(inside);
        }
        return ValueTask.FromResult(matcher.Match(claim.Quote).Any(m => m.TouchpointId == claim.Label));
    }
}
