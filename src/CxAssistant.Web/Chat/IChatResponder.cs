namespace CxAssistant.Web.Chat;

/// <summary>
/// Answers a question about one workspace as a stream of text and citations. The web UI depends only on this port; the
/// offline implementation answers from search and the analysis, and the chat agent (CxAssistant.Chat) will replace it.
/// </summary>
public interface IChatResponder
{
    IAsyncEnumerable<ChatEvent> AnswerAsync(string workspace, string question, CancellationToken cancellationToken = default);
}
