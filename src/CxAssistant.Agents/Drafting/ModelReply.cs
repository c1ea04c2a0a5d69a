using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// One answer: the parsed value (null when the text was not JSON of the requested shape), the raw text, and an
/// error when the call itself failed (network, provider) — a typed failure, never an exception that ends the run.
/// <see cref="Response"/> is the provider's response (null on error), which the caller accepts into the response cache
/// once the answer passed its checks. <see cref="Verdict"/> is what the kernel's <c>DraftCheckFilter</c> made of the
/// answer
/// when the call carried a check.
/// </summary>
public sealed record ModelReply<T>(
    T? Value,
    string Text,
    string? Error,
    ChatResponse? Response = null,
    DraftVerdict? Verdict = null
)
    where T : class;
