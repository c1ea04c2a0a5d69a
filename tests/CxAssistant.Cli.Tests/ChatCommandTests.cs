namespace CxAssistant.Cli.Tests;

public sealed class ChatCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Workspace() => _folder.IngestedWorkspace();

    [Fact]
    public void Chat_Piped_AnswersWithCitationsAndExitsWithoutPrompt()
    {
        var workspace = Workspace();
        using var chat = ChatSession.Start(
            terminal: false,
            null,
            "chat",
            "--workspace",
            workspace,
            "--out",
            Path.Combine(_folder.Path, "out")
        );

        chat.Type("what should I fix first?\n/sources 1\n/export\n");
        chat.CloseInput();

        chat.AssertExitCode(0);
        var output = chat.Output;
        Assert.Contains("Fix these first", output, StringComparison.Ordinal);
        Assert.Contains("Returns & exchanges", output, StringComparison.Ordinal);
        Assert.Matches(@"\[1\] \S+\.(csv|jsonl|txt|vtt|md):\d+, record \S+: "".+""", output);
        Assert.DoesNotContain("> ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        var exported = Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "out"), "chat-*.md"));
        Assert.Contains("## Sources", File.ReadAllText(exported), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(workspace, "chat", "sessions"), "*.json"));
    }

    [Fact]
    public void Chat_SecondSession_UsesStoredAnalysis()
    {
        var workspace = Workspace();
        using (var first = ChatSession.Start(terminal: false, null, "chat", "--workspace", workspace))
        {
            first.CloseInput();
            first.AssertExitCode(0);
            Assert.Contains("stored the analysis", first.Output, StringComparison.Ordinal);
        }
        using var second = ChatSession.Start(terminal: false, null, "chat", "--workspace", workspace);
        second.Type("what annoys my customers most?\n");
        second.CloseInput();

        second.AssertExitCode(0);
        Assert.Contains("Loading the stored analysis", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Annotating", second.Output, StringComparison.Ordinal);
        Assert.Contains("Returns & exchanges", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_Terminal_CtrlCCancelsTheAnswerNotTheSession()
    {
        var workspace = Workspace();
        var slow = new Dictionary<string, string> { ["CX_CHAT_ANSWER_DELAY_MS"] = "60000" };
        using var chat = ChatSession.Start(terminal: true, slow, "chat", "--workspace", workspace);
        chat.WaitFor("/help for commands");

        chat.Type("what should I fix first?\r");
        var thinking = chat.WaitFor("Thinking");
        chat.Type("\u0003");
        var cancelled = chat.WaitFor("Cancelled.", thinking);
        chat.Type("/touchpoints\r");
        chat.WaitFor("Delivery", cancelled);
        chat.Type("/quit\r");

        chat.AssertExitCode(0);
        Assert.DoesNotContain("Fix these first", chat.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_Terminal_AnswersWithPromptAndSources()
    {
        var workspace = Workspace();
        using var chat = ChatSession.Start(terminal: true, null, "chat", "--workspace", workspace);
        chat.WaitFor("/help for commands");

        chat.Type("show me what people say about delivery\r");
        var answer = chat.WaitFor("What people say");
        chat.WaitFor("Sources:", answer);
        chat.Type("/quit\r");

        chat.AssertExitCode(0);
        Assert.Contains("> ", chat.Output, StringComparison.Ordinal);
        Assert.Contains("Delivery ranks #", chat.Output, StringComparison.Ordinal);
        // Pains in an owner's words ("long waits"), never the annotator's labels ("long-wait").
        Assert.Contains("Main pains: ", chat.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Main pains: [^\n]*\b[a-z]+-[a-z]+ \(", chat.Output);
    }

    [Fact]
    public void Chat_NotAWorkspace_ExitsOne()
    {
        var result = CxProcess.Run("chat", "--workspace", Path.Combine(_folder.Path, "none"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cx ingest", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Chat_Resume_ContinuesTheLatestSessionWithItsHistory()
    {
        var workspace = Workspace();
        using (var first = ChatSession.Start(terminal: false, null, "chat", "--workspace", workspace))
        {
            first.Type("what do customers love?\n");
            first.CloseInput();
            first.AssertExitCode(0);
        }
        using var second = ChatSession.Start(terminal: false, null, "chat", "--workspace", workspace, "--resume");
        second.Type("/history\n/sources 1\n");
        second.CloseInput();

        second.AssertExitCode(0);
        Assert.Contains("1. what do customers love?", second.Output, StringComparison.Ordinal);
        Assert.Matches(@"\[1\] \S+:\d+, record \S+ \(\S+\)", second.Output);
        Assert.Single(Directory.GetFiles(Path.Combine(workspace, "chat", "sessions"), "*.json"));
    }
}
