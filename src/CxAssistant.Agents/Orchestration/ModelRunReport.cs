using CxAssistant.Agents.Budget;
using CxAssistant.Reports;

namespace CxAssistant.Agents.Orchestration;

/// <summary>
/// Puts a model-assisted run into the report: the narrative with its provenance, each artifact's provenance, and the
/// ledger.
/// </summary>
public static class ModelRunReport
{
    /// <summary>
    /// The report options with the run's narrative and lines; <paramref name="provider"/> names the provider and model
    /// for the report header ("OpenAI model gpt-4o-mini").
    /// </summary>
    public static ReportOptions Apply(ReportOptions options, ModelAssistedResult run, ModelPrice price, string provider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(run);
        var lines = run
            .Artifacts.Select(a =>
                $"{a.Stage}, {a.Artifact}: {a.Provenance.Source}"
                + (a.Provenance.PromptVersion is { } v ? $" ({v})" : "")
                + (a.Degraded ? " — degraded: " + a.Provenance.Note : "")
            )
            .Concat(run.LabelChecks.Select(c => c.ToString()))
            .Concat(run.Ledger.Summary(price).Select(l => "tokens " + l));
        return options with
        {
            Provider = provider,
            Narrative = run.Narrative.Text,
            NarrativeProvenance = run.Narrative.Provenance,
            ModelRun = [.. lines],
        };
    }
}
