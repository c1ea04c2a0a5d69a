namespace CxAssistant.Agents.Budget;

/// <summary>
/// One model call as it happened: tokens used, whether the answer came from the cache, and what became of it.
/// </summary>
public sealed record LedgerEntry(
    string Stage,
    string PromptId,
    string Model,
    int InputTokens,
    int OutputTokens,
    bool Cached,
    string Source,
    int Attempt
);
