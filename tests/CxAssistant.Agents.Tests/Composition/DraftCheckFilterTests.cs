using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Validation;

namespace CxAssistant.Agents.Tests.Composition;

/// <summary>
/// The claim and grounding checks run as one kernel filter: the agent's check travels with the call, the kernel's
/// <see cref="DraftCheckFilter"/> runs it on the answer, and the repair loop acts on the verdict it left.
/// </summary>
public sealed class DraftCheckFilterTests
{
    private static readonly Func<TouchpointNaming, Checked<string>> NamedFromGivenEvidence = answer =>
        answer.EvidenceIds is { Count: > 0 } ids && ids.All(id => id == "e1")
            ? new Checked<string>(answer.Name, [])
            : Checked<string>.Failed([new Finding("grounding", "cites evidence it was not given")]);

    [Fact]
    public void Create_AnyKernel_HasTheCheckFilterInnermost()
    {
        var kernel = AgentKernel.Create(
            new ScriptedChatClient(_ => "{}"),
            new AgentKernelOptions { Ledger = new RunLedger() }
        );

        Assert.IsType<DraftCheckFilter>(kernel.FunctionInvocationFilters[^1]);
        Assert.Single(kernel.FunctionInvocationFilters.OfType<DraftCheckFilter>());
    }

    [Fact]
    public async Task AskAsync_WithACheck_KernelFilterLeavesItsVerdictOnTheReply()
    {
        var session = new ModelSession(
            new ScriptedChatClient(_ => """{"name":"Lockers","evidenceIds":["e9"]}"""),
            "m",
            new RunLedger()
        );

        var reply = await session.AskAsync<TouchpointNaming>(
            "discover",
            await Render(),
            [],
            0,
            new DraftCheck<TouchpointNaming, string>(NamedFromGivenEvidence)
        );

        var verdict = Assert.IsType<DraftVerdict>(reply.Verdict);
        Assert.False(verdict.Passed);
        Assert.Equal("grounding", Assert.Single(verdict.Findings).Check);
    }

    [Fact]
    public async Task RunAsync_UngroundedThenGrounded_RepairedThroughTheFilterAndTheLedgerSeesBoth()
    {
        var answers = new Queue<string>([
            """{"name":"Lockers","evidenceIds":["e9"]}""",
            """{"name":"Lockers","evidenceIds":["e1"]}""",
        ]);
        var client = new ScriptedChatClient(_ => answers.Dequeue());
        var ledger = new RunLedger();
        var session = new ModelSession(client, "m", ledger);

        var outcome = await RepairLoop.RunAsync(session, "discover", await Render(), NamedFromGivenEvidence);

        Assert.Equal("Lockers", outcome.Artifact);
        Assert.Equal(Provenance.RepairedSource, outcome.Provenance.Source);
        Assert.Equal([0, 1], ledger.Entries.Select(e => e.Attempt));
        Assert.Contains(
            "cites evidence it was not given",
            client.Requests[1].Messages[^1].Text,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task RunAsync_CheckThrows_TheBugSurfacesInsteadOfAFallback()
    {
        var session = new ModelSession(new ScriptedChatClient(_ => """{"name":"Lockers"}"""), "m", new RunLedger());
        var prompt = await Render();

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            RepairLoop.RunAsync<TouchpointNaming, string>(session, "discover", prompt, _ =>
                throw new InvalidOperationException("bug in a check")
            )
        );
        Assert.Equal("bug in a check", e.Message);
    }

    private static Task<RenderedPrompt> Render() =>
        PromptCatalog.Embedded.RenderAsync(
            DiscoveryAgent.PromptName,
            new Dictionary<string, string>
            {
                ["current_name"] = "lockers",
                ["terms"] = "lockers",
                ["stages"] = "awareness, purchase",
                ["evidence"] = EvidenceBlock.Format([("e1", "the parcel lockers were full")]),
            }
        );
}
