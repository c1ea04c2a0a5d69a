namespace CxAssistant.Agents.Composition;

/// <summary>
/// The arguments of a drafting call that are not prompt inputs: which stage and attempt it is (the ledger's and the
/// log's), the repair turns to append, the agent's check and its verdict, and what the template rendered (for token
/// counts). Prompt inputs never start
/// with <c>cx.</c>, so the template passes only the declared inputs on.
/// </summary>
public static class KernelArgumentNames
{
    /// <summary>The pipeline stage ("annotate", "personas", …).</summary>
    public const string Stage = "cx.stage";

    /// <summary>The prompt's id with its version ("annotate-batch@1.0.0"), as provenance records it.</summary>
    public const string PromptId = "cx.promptId";

    /// <summary>0 for the first answer, then one more per repair.</summary>
    public const string Attempt = "cx.attempt";

    /// <summary>
    /// The repair turns (<c>IReadOnlyList&lt;ChatMessage&gt;</c>): the model's answers, the findings.
    /// </summary>
    public const string Turns = "cx.turns";

    /// <summary>The agent's check of the answer (<c>IDraftCheck</c>), run by <see cref="DraftCheckFilter"/>.</summary>
    public const string Check = "cx.check";

    /// <summary>Set by <see cref="DraftCheckFilter"/>: the checked answer (<c>DraftVerdict</c>).</summary>
    public const string Verdict = "cx.verdict";

    /// <summary>Set by the template: the o200k token count of the messages it rendered.</summary>
    public const string RenderedTokens = "cx.renderedTokens";

    /// <summary>True for a name of ours, false for a prompt input.</summary>
    public static bool IsOurs(string name) => name.StartsWith("cx.", StringComparison.Ordinal);
}
