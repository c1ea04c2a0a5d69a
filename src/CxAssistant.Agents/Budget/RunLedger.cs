using System.Collections.Concurrent;

namespace CxAssistant.Agents.Budget;

/// <summary>
/// What a real run spent: every call with its tokens (reported usage when the provider gives it, else counted with
/// o200k), cached answers (cost nothing), and the artifacts' outcomes. Thread-safe.
/// </summary>
public sealed class RunLedger
{
    private readonly ConcurrentQueue<LedgerEntry> _entries = new();

    /// <summary>Every call, in completion order.</summary>
    public IReadOnlyList<LedgerEntry> Entries => [.. _entries];

    /// <summary>Records a call.</summary>
    public void Add(LedgerEntry entry) => _entries.Enqueue(entry);

    /// <summary>Input tokens actually sent (cache hits excluded).</summary>
    public long InputTokens => _entries.Where(e => !e.Cached).Sum(e => (long)e.InputTokens);

    /// <summary>Output tokens actually received (cache hits excluded).</summary>
    public long OutputTokens => _entries.Where(e => !e.Cached).Sum(e => (long)e.OutputTokens);

    /// <summary>USD at <paramref name="price"/>, cache hits free.</summary>
    public decimal Cost(ModelPrice price) => price.Cost(InputTokens, OutputTokens);

    /// <summary>One line per stage plus a total, for the console and the report.</summary>
    public IEnumerable<string> Summary(ModelPrice price)
    {
        foreach (var g in _entries.GroupBy(e => e.Stage))
        {
            yield return $"{g.Key}: {g.Count()} calls ({g.Count(e => e.Cached)} cached), "
                + $"{g.Where(e => !e.Cached).Sum(e => e.InputTokens)} input + "
                + $"{g.Where(e => !e.Cached).Sum(e => e.OutputTokens)} output tokens";
        }
        yield return $"total: {InputTokens} input + {OutputTokens} output tokens, {CostText(Cost(price), price)}";
    }

    /// <summary>"$0.0123" or "cost unknown (no price for gpt-x in CxAssistant:Prices)".</summary>
    public static string CostText(decimal cost, ModelPrice price) =>
        price.Known
            ? "$" + cost.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)
            : $"cost unknown (no price for {price.Model} in CxAssistant:Prices)";
}
