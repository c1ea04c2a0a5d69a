namespace CxAssistant.Agents.Budget;

/// <summary>
/// Caps that keep the model budget fixed as the corpus grows (DESIGN §2.5): only uncertain items, capped and batched;
/// a few representatives per discovered cluster; the top personas, jobs and fix-first touchpoints.
/// </summary>
public sealed record BudgetOptions
{
    /// <summary>Annotations below this confidence (or with no touchpoint) need judgement.</summary>
    public double UncertainBelow { get; init; } = 0.5;

    /// <summary>
    /// At most this many uncertain items go to the model; the rest stay offline (sampled deterministically).
    /// </summary>
    public int MaxUncertainItems { get; init; } = 400;

    /// <summary>Items per annotation call.</summary>
    public int BatchSize { get; init; } = 25;

    /// <summary>Longer texts are cut to a verbatim prefix.</summary>
    public int MaxCharsPerItem { get; init; } = 400;

    /// <summary>Discovered touchpoints named by the model.</summary>
    public int MaxDiscovered { get; init; } = 8;

    /// <summary>Representative items per discovered touchpoint, persona, job set or hypothesis set.</summary>
    public int Representatives { get; init; } = 6;

    /// <summary>Persona cards refined by the model.</summary>
    public int MaxPersonas { get; init; } = 6;

    /// <summary>Job statements refined by the model.</summary>
    public int MaxJobStatements { get; init; } = 12;

    /// <summary>Repair attempts after a failed draft before the offline draft is used.</summary>
    public int MaxRepairs { get; init; } = 2;
}
