namespace CxAssistant.Web.Chat;

/// <summary>
/// One piece of a streamed answer: <c>text</c> to append, or a <c>citation</c> whose <see cref="Text"/> is its label
/// ("[1]") and <see cref="EvidenceId"/> the record it opens. Sent as SSE events of the same name.
/// </summary>
public sealed record ChatEvent(string Kind, string Text, string? EvidenceId = null)
{
    public static ChatEvent Say(string text) => new("text", text);

    public static ChatEvent Cite(int number, string evidenceId) => new("citation", $"[{number}]", evidenceId);
}
