namespace CxAssistant.Agents.Budget;

/// <summary>
/// Every call a model-assisted analysis would make (first attempts; repairs come on top and are recorded in the
/// <see cref="RunLedger"/>), with totals per stage and the estimated cost at a model's price.
/// </summary>
public sealed record CallPlan(IReadOnlyList<PlannedCall> Calls, IReadOnlyList<string> Notes)
{
    /// <summary>Stage totals in plan order.</summary>
    public IEnumerable<StageTotal> Stages =>
        Calls
            .GroupBy(c => c.Stage)
            .Select(g => new StageTotal(
                g.Key,
                g.Count(),
                g.Sum(c => c.Items),
                g.Sum(c => (long)c.InputTokens),
                g.Sum(c => (long)c.MaxOutputTokens)
            ));

    /// <summary>Input tokens over every call.</summary>
    public long InputTokens => Calls.Sum(c => (long)c.InputTokens);

    /// <summary>Output tokens at most (the prompts' caps).</summary>
    public long MaxOutputTokens => Calls.Sum(c => (long)c.MaxOutputTokens);

    /// <summary>Calls, items sent and tokens for one stage.</summary>
    public sealed record StageTotal(string Stage, int Calls, int Items, long InputTokens, long MaxOutputTokens);
}
