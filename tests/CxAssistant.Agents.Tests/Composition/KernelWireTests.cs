using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.Agents.Tests.Support;

namespace CxAssistant.Agents.Tests.Composition;

/// <summary>
/// A drafting call through the run's kernel, over the product's configured clients, against the recording in-process
/// server: the wire carries the prompt file's messages (data delimiters intact, personal data redacted), its
/// temperature and the answer's JSON schema, and none of CxAssistant's own tags.
/// </summary>
public sealed class KernelWireTests
{
    private const string Email = "jo.bloggs@example.org";

    [Theory]
    [MemberData(nameof(ProviderTargets.InProcess), MemberType = typeof(ProviderTargets))]
    public async Task AskAsync_ThroughKernel_WireCarriesSchemaRedactedMessagesAndNoTags(string target)
    {
        await using var rig = await ProviderRig.StartAsync(
            target,
            "Chat",
            [
                Wire.Text(
                    """
                    {"name":"Parcel lockers","description":"Collecting parcels from lockers.",
                     "stage":"delivery","evidenceIds":["r1"]}
                    """
                ),
            ]
        );
        var rendered = await PromptCatalog.Embedded.RenderAsync(
            DiscoveryAgent.PromptName,
            new Dictionary<string, string>
            {
                ["current_name"] = "lockers",
                ["terms"] = "locker, code",
                ["stages"] = "delivery, support",
                ["evidence"] = EvidenceBlock.Format([("r1", $"the locker code never came, mail me at {Email}")]),
            }
        );
        var ledger = new RunLedger();
        var session = new ModelSession(rig.Providers.ChatClient!, rig.Providers.Chat.Model, ledger);

        var reply = await session.AskAsync<TouchpointNaming>("discover", rendered, [], 0);

        Assert.Equal("Parcel lockers", reply.Value?.Name);
        var server = rig.Server!;
        Assert.Empty(server.Violations);
        var request = Assert.Single(server.Requests);
        Assert.DoesNotContain(Email, request.RawBody, StringComparison.Ordinal);
        Assert.DoesNotContain("cx.prompt", request.RawBody, StringComparison.Ordinal);
        var body = request.Json;
        var messages = body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        var user = messages[1].GetProperty("content").ToString();
        Assert.Contains("<evidence id=\"r1\">the locker code never came", user, StringComparison.Ordinal);
        if (target == "Ollama")
        {
            Assert.True(body.GetProperty("format").GetProperty("properties").TryGetProperty("evidenceIds", out _));
            Assert.Equal(0, body.GetProperty("options").GetProperty("temperature").GetDouble());
        }
        else
        {
            var format = body.GetProperty("response_format");
            Assert.Equal("json_schema", format.GetProperty("type").GetString());
            Assert.Equal(nameof(TouchpointNaming), format.GetProperty("json_schema").GetProperty("name").GetString());
            Assert.Equal(0, body.GetProperty("temperature").GetDouble());
        }
        var entry = Assert.Single(ledger.Entries);
        Assert.Equal(
            ("discover", rendered.Prompt.Id, 12, 5),
            (entry.Stage, entry.PromptId, entry.InputTokens, entry.OutputTokens)
        );
    }
}
