using CxAssistant.Core.Alerts;
using CxAssistant.Core.Analysis;

namespace CxAssistant.Reports;

/// <summary>How reports are titled and how much they show.</summary>
public sealed record ReportOptions
{
    public string Title { get; init; } = "customer feedback";

    /// <summary>Touchpoints shown in "fix first" with quotes.</summary>
    public int Top { get; init; } = 3;
    public int QuotesPerTouchpoint { get; init; } = 3;

    /// <summary>
    /// A summary paragraph (model-written and checked, or offline) shown first under Summary; null for none.
    /// </summary>
    public string? Narrative { get; init; }

    /// <summary>Where <see cref="Narrative"/> came from.</summary>
    public Provenance? NarrativeProvenance { get; init; }

    /// <summary>
    /// Who drafted the report, for its header: "offline provider", or the model provider and model of a model-assisted
    /// run.
    /// </summary>
    public string Provider { get; init; } = "offline provider";

    /// <summary>
    /// Lines about a model-assisted run (each artifact's provenance, tokens, cost); empty for offline runs.
    /// </summary>
    public IReadOnlyList<string> ModelRun { get; init; } = [];

    /// <summary>
    /// Alert thresholds (configuration <c>CxAssistant:Alerts</c>): alerts.json and the report's "Alerts".
    /// </summary>
    public AlertOptions Alerts { get; init; } = new();
}
