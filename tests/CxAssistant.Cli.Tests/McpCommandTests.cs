using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CxAssistant.Cli.Tests;

public sealed class McpCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Mcp_ListsAndCallsEveryTool_ReadsReport()
    {
        var workspace = Path.Combine(_folder.Path, "W");
        Assert.Equal(
            0,
            CxProcess.Run("ingest", "samples/trailhead-outfitters", "--workspace", workspace, "--quiet").ExitCode
        );
        var transport = new StdioClientTransport(
            new StdioClientTransportOptions
            {
                Name = "cx",
                Command = "dotnet",
                Arguments = [Path.Combine(AppContext.BaseDirectory, "cx.dll"), "mcp", "--workspace", workspace],
                WorkingDirectory = CxProcess.RepoRoot,
            }
        );
        await using var client = await McpClient.CreateAsync(transport);

        var tools = await client.ListToolsAsync();
        Assert.Equal(
            [
                "churn_signals",
                "count_mentions",
                "customer_records",
                "improvement_hypotheses",
                "jobs_and_opportunities",
                "metrics",
                "persona_cards",
                "search_evidence",
                "touchpoint_scores",
                "what_if",
            ],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal)
        );

        var calls = new Dictionary<string, Dictionary<string, object?>>
        {
            ["search_evidence"] = new() { ["query"] = "refund took weeks", ["top"] = 3 },
            ["touchpoint_scores"] = new() { ["top"] = 3 },
            ["persona_cards"] = new(),
            ["jobs_and_opportunities"] = new(),
            ["improvement_hypotheses"] = new(),
            ["metrics"] = new() { ["by"] = "month" },
            ["what_if"] = new() { ["touchpoint"] = "delivery" },
        };
        var results = new Dictionary<string, JsonElement>();
        foreach (var (name, args) in calls)
        {
            var result = await client.CallToolAsync(name, args);
            Assert.True(
                result.IsError is not true,
                name + " failed: " + string.Join(" ", result.Content.OfType<TextContentBlock>().Select(t => t.Text))
            );
            results[name] = JsonDocument.Parse(Assert.IsType<TextContentBlock>(result.Content[0]).Text).RootElement;
        }

        var search = results["search_evidence"];
        var first = search.GetProperty("citations")[0];
        Assert.Equal(1, first.GetProperty("n").GetInt32());
        Assert.StartsWith("<customer_text>", first.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            "returns-exchanges",
            results["touchpoint_scores"].GetProperty("touchpoints")[0].GetProperty("id").GetString()
        );
        Assert.Equal(3, results["metrics"].GetProperty("breakdown").GetArrayLength());
        Assert.True(results["what_if"].GetProperty("npsChange").GetDouble() > 0);
        Assert.NotEmpty(results["persona_cards"].GetProperty("personas").EnumerateArray());
        Assert.NotEmpty(results["jobs_and_opportunities"].GetProperty("outcomes").EnumerateArray());
        Assert.NotEmpty(results["improvement_hypotheses"].GetProperty("hypotheses").EnumerateArray());
        // Each MCP call stands alone: citation numbers restart at 1.
        Assert.Equal(1, results["touchpoint_scores"].GetProperty("citations")[0].GetProperty("n").GetInt32());

        var bad = await client.CallToolAsync(
            "what_if",
            new Dictionary<string, object?> { ["touchpoint"] = "teleportation" }
        );
        Assert.True(bad.IsError);
        // The error names the valid touchpoints, so the client can ask again with one of them.
        var error = string.Concat(bad.Content.OfType<TextContentBlock>().Select(b => b.Text));
        Assert.Contains("teleportation", error, StringComparison.Ordinal);
        Assert.Contains("(delivery)", error, StringComparison.Ordinal);

        var resources = await client.ListResourcesAsync();
        Assert.Contains(resources, r => r.Uri == "cx://report/report.md");
        var report = await client.ReadResourceAsync("cx://report/report.md");
        var text = Assert.IsType<TextResourceContents>(report.Contents[0]).Text;
        Assert.Matches(@"## Summary[\s\S]*Returns \S{1,5} exchanges", text);
    }
}
