using System.Text.Json;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Ingestion;
using CxAssistant.Web.Analysis;
using CxAssistant.Web.Chat;
using CxAssistant.Web.Workspaces;
using Microsoft.Extensions.DependencyInjection;

namespace CxAssistant.Web.Tests.Chat;

/// <summary>
/// The chat panel's follow-ups on the wire: a question sent with the panel's conversation id is read against the
/// previous answer ("and why?" after a ranking explains the first item), one without an id or in
/// another conversation has no context, and a new analysis starts the conversation again.
/// </summary>
public sealed class ChatConversationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly Lazy<AnalysisResult> Sample = new(() =>
    {
        var folder = RepositoryRoot.Sample("trailhead-outfitters");
        var ingest = new EvidenceLoader().Load([folder], IngestOptions.Default);
        return new AnalysisPipeline().Analyse(ingest, new AnalyzeOptions { Paths = [folder], Top = AnalysisView.Top });
    });

    [Fact]
    public async Task ChatStream_FollowUpInTheSameConversation_KeepsTheContext()
    {
        Seed("follow-ups");
        var first = await AskAsync("follow-ups", "What annoys my customers most?", "conversation-one");
        var ranked = Named(first.Text);
        Assert.NotEmpty(ranked);

        var followUp = await AskAsync("follow-ups", "and why?", "conversation-one");
        var alone = await AskAsync("follow-ups", "and why?", null);
        var elsewhere = await AskAsync("follow-ups", "and why?", "conversation-two");

        Assert.Contains(ranked, name => followUp.Text.StartsWith(name, StringComparison.Ordinal));
        Assert.Empty(Named(alone.Text));
        Assert.Empty(Named(elsewhere.Text));
    }

    [Fact]
    public async Task ChatStream_NewAnalysis_StartsTheConversationAgain()
    {
        Seed("new-analysis");
        Assert.NotEmpty(
            Named((await AskAsync("new-analysis", "What annoys my customers most?", "conversation-three")).Text)
        );
        Seed("new-analysis");

        var followUp = await AskAsync("new-analysis", "and why?", "conversation-three");

        Assert.Empty(Named(followUp.Text));
    }

    /// <summary>The sample's touchpoint names an answer mentions.</summary>
    private static List<string> Named(string answer) =>
        [
            .. Sample
                .Value.Catalog.Touchpoints.Select(t => t.Name)
                .Where(name => answer.Contains(name, StringComparison.Ordinal)),
        ];

    [Theory]
    [InlineData(null)]
    [InlineData("short")]
    [InlineData("../../etc/passwd")]
    [InlineData("0123456789-0123456789-0123456789-0123456789-0123456789-0123456789")]
    public void IsValidId_NotAnIdThePanelSends_False(string? id) => Assert.False(ChatConversations.IsValidId(id));

    private void Seed(string workspace)
    {
        app.Services.GetRequiredService<WorkspaceStore>().Create(workspace);
        app.Services.GetRequiredService<AnalysisStore>().Set(workspace, new AnalysisView(Sample.Value));
    }

    private async Task<(string Text, List<string> Citations)> AskAsync(
        string workspace,
        string question,
        string? conversation
    )
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var url =
            $"/w/{workspace}/chat/stream?q={Uri.EscapeDataString(question)}"
            + (conversation is null ? "" : "&c=" + conversation);
        var body = (await http.GetStringAsync(url)).ReplaceLineEndings("\n");
        var text = new System.Text.StringBuilder();
        var citations = new List<string>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            var kind = lines[0]["event: ".Length..];
            using var data = JsonDocument.Parse(lines[1]["data: ".Length..]);
            if (kind == "text")
            {
                text.Append(data.RootElement.GetProperty("text").GetString());
            }
            if (kind == "citation")
            {
                citations.Add(data.RootElement.GetProperty("evidenceId").GetString()!);
            }
        }
        return (text.ToString(), citations);
    }
}
