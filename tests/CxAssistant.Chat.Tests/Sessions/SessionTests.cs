using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Sessions;

namespace CxAssistant.Chat.Tests.Sessions;

public sealed class SessionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cx-chat-session-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ChatAnswer Answer(string question, string quote) =>
        new(
            question,
            "Delivery is slow [1].",
            [new Citation(1, "ev1", "R-1", "reviews.csv", 7, "review", quote)],
            true,
            ChatIntent.Touchpoint,
            ChatAnswer.Offline,
            []
        );

    [Fact]
    public void SessionStore_SaveThenLoadLatest_RoundTripsAnswersAndCitations()
    {
        var store = new SessionStore(_folder);
        var session = ChatSession.Start();
        session.Turns.Add(Answer("how is delivery?", "late again"));

        store.Save(session);
        var loaded = store.LoadLatest();

        Assert.NotNull(loaded);
        Assert.Equal(session.Id, loaded.Id);
        var turn = Assert.Single(loaded.Turns);
        Assert.Equal("how is delivery?", turn.Question);
        Assert.Equal(ChatIntent.Touchpoint, turn.Intent);
        Assert.Equal("late again", Assert.Single(turn.Citations).Quote);
        Assert.StartsWith(
            Path.Combine(_folder, "chat", "sessions"),
            Directory.GetFiles(store.Folder).Single(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void MarkdownExport_PathComesFromSessionNotFromText_AndCustomerTextIsEscaped()
    {
        var session = ChatSession.Start();
        session.Turns.Add(
            Answer("../../etc/passwd", "<script>alert(1)</script> [click](http://evil.example) # heading")
        );
        var output = Path.Combine(_folder, "out");

        var path = MarkdownExport.Write(output, session, 1);

        Assert.Equal(Path.Combine(output, $"chat-{session.Id}-1.md"), path);
        Assert.Single(Directory.GetFiles(_folder, "*", SearchOption.AllDirectories));
        var md = File.ReadAllText(path);
        Assert.Contains(@"\<script\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[click](", md, StringComparison.Ordinal);
        Assert.Contains("`reviews.csv:7`, record `R-1`", md, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownExport_TurnOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MarkdownExport.Write(_folder, ChatSession.Start(), 1));
    }
}
