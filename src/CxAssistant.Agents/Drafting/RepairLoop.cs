using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Validation;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Drafting;

/// <summary>
/// Draft → check → repair, bounded: the agent's check runs in the kernel (<c>DraftCheckFilter</c>, one filter for every
/// drafting function), and a draft that fails it goes back to the model with the findings (the
/// <c>repair</c> prompt) up to <c>BudgetOptions.MaxRepairs</c> times; then the caller keeps the offline draft. A call
/// that fails outright (network, provider) falls back at once: resilience and retries belong to the provider layer.
/// </summary>
public static class RepairLoop
{
    /// <summary>The check name used when the answer is not JSON of the requested shape.</summary>
    public const string SchemaCheck = "schema";

    /// <summary>Runs the loop for one rendered prompt.</summary>
    public static async Task<DraftOutcome<TArtifact>> RunAsync<TAnswer, TArtifact>(
        ModelSession session,
        string stage,
        RenderedPrompt prompt,
        Func<TAnswer, Checked<TArtifact>> check,
        CancellationToken cancellationToken = default
    )
        where TAnswer : class
        where TArtifact : class
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(check);
        var draftCheck = new DraftCheck<TAnswer, TArtifact>(check);
        var turns = new List<ChatMessage>();
        IReadOnlyList<Finding> findings = [];
        for (var attempt = 0; attempt <= session.Budget.MaxRepairs; attempt++)
        {
            var reply = await session
                .AskAsync<TAnswer>(stage, prompt, [.. turns], attempt, draftCheck, cancellationToken)
                .ConfigureAwait(false);
            if (reply.Error is { } error)
            {
                return Fallback<TArtifact>(prompt, [new Finding("model", "the model call failed: " + error)]);
            }
            // The kernel's DraftCheckFilter ran the check on this answer; a kernel without it is a composition bug.
            var verdict = reply.Verdict
                ?? throw new InvalidOperationException(
                    "The drafting kernel has no DraftCheckFilter: answers would go unchecked."
                );
            verdict.Crash?.Throw();
            findings = verdict.Findings;
            if (verdict.Passed)
            {
                // Only an answer that passed every check may be replayed by a later run.
                await session.AcceptAsync(reply, cancellationToken).ConfigureAwait(false);
                return new DraftOutcome<TArtifact>(
                    (TArtifact)verdict.Artifact!,
                    attempt == 0
                        ? new Provenance(Provenance.ModelSource, prompt.Prompt.Id)
                        : new Provenance(
                            Provenance.RepairedSource,
                            prompt.Prompt.Id,
                            $"passed the checks after {attempt} repair(s)"
                        ),
                    []
                );
            }
            await session.RejectAsync(reply, cancellationToken).ConfigureAwait(false);
            if (attempt == session.Budget.MaxRepairs)
            {
                break;
            }
            turns.Add(new ChatMessage(ChatRole.Assistant, reply.Text));
            turns.Add(await RepairMessageAsync(session.Prompts, findings, cancellationToken).ConfigureAwait(false));
        }
        return Fallback<TArtifact>(prompt, findings);
    }

    private static DraftOutcome<T> Fallback<T>(RenderedPrompt prompt, IReadOnlyList<Finding> findings)
        where T : class =>
        new(
            null,
            new Provenance(
                Provenance.FallbackSource,
                prompt.Prompt.Id,
                "offline draft used: " + (findings.Count > 0 ? findings[0].Message : "no answer")
            ),
            findings
        );

    private static async Task<ChatMessage> RepairMessageAsync(
        PromptCatalog prompts,
        IReadOnlyList<Finding> findings,
        CancellationToken cancellationToken
    )
    {
        var text = string.Join('\n', findings.Take(20).Select(f => $"- {f.Check}: {f.Message}"));
        var rendered = await prompts
            .RenderAsync(
                PromptCatalog.RepairName,
                new Dictionary<string, string> { ["findings"] = text },
                cancellationToken
            )
            .ConfigureAwait(false);
        return rendered.Messages.Last(m => m.Role == ChatRole.User);
    }
}
