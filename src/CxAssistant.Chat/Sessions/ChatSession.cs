using System.Globalization;

namespace CxAssistant.Chat.Sessions;

/// <summary>One conversation: its id (start time, sortable), when it started, and every answer in order.</summary>
public sealed class ChatSession
{
    /// <summary>"20261123-191500"; also the saved file's name, so it never comes from user or customer text.</summary>
    public string Id { get; init; } = "";

    /// <summary>When the session started.</summary>
    public DateTimeOffset Started { get; init; }

    /// <summary>The answers so far.</summary>
    public List<ChatAnswer> Turns { get; init; } = [];

    /// <summary>A new session starting now.</summary>
    public static ChatSession Start(TimeProvider? clock = null)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        return new ChatSession { Id = now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture), Started = now };
    }

    /// <summary>The most recent answer, if any.</summary>
    public ChatAnswer? Last => Turns.Count == 0 ? null : Turns[^1];
}
