using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// The offline jobs-to-be-done drafter. Jobs come from the data, for any business (<see cref="JobMiner"/>): the
/// customers' own goal and struggle phrases, grouped by meaning with the local encoder; nothing is written for one
/// business or one data set. Deterministic: same analysis, same jobs.
/// </summary>
public static class JobsDrafter
{
    /// <summary>
    /// Drafts the jobs of an analysis. <paramref name="kind"/> (performer, context, aspirations when customers say
    /// none) defaults to the kind whose preset the analysis read, else the generic kind; <paramref name="encoder"/> to
    /// the shared local encoder.
    /// </summary>
    public static JobsAnalysis Draft(
        AnalysisResult analysis,
        JobsOptions? options = null,
        ITextEncoder? encoder = null,
        BusinessKind? kind = null,
        CancellationToken cancellationToken = default
    )
    {
        encoder ??= LocalTextEncoder.Shared;
        kind ??= BusinessKinds.ForCatalog(analysis.Catalog.Name);
        if (encoder is null)
        {
            return new JobsAnalysis
            {
                Tree = new JobTree([]),
                Outcomes = [],
                Notes =
                [
                    "Jobs were not drafted: the local sentence encoder could not be "
                        + "loaded, and jobs are grouped by meaning.",
                ],
                Provenance = Provenance.Offline,
            };
        }
        return JobMiner.Mine(analysis, encoder, kind, options, cancellationToken: cancellationToken);
    }
}
