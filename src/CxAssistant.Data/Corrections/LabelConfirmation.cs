using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;

namespace CxAssistant.Data.Corrections;

/// <summary>
/// A team member confirms that the annotator read a record right (docs/corrections.md): its sentiment, intent and
/// touchpoints as the latest analysis has them become the team's labels. Stored like any correction, so the record is
/// "corrected" with the same labels and the exported set holds records the annotator got right as well as wrong ones,
/// which is what makes its agreement score an estimate rather than a list of mistakes.
/// </summary>
public static class LabelConfirmation
{
    public static IReadOnlyList<CorrectionRequest> Requests(string evidenceId, Annotation annotation)
    {
        List<CorrectionRequest> requests =
        [
            new(CorrectionKind.Sentiment, evidenceId, CorrectionNames.Of(annotation.SentimentLabel)),
            new(CorrectionKind.Intent, evidenceId, CorrectionNames.Of(annotation.Intent)),
        ];
        if (annotation.Touchpoints.Count > 0)
        {
            var ids = annotation.Touchpoints.Select(t => t.TouchpointId).Distinct();
            requests.Add(new(CorrectionKind.Touchpoints, evidenceId, string.Join(Correction.ListSeparator, ids)));
        }
        return requests;
    }
}
