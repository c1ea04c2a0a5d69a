namespace CxAssistant.Chat;

/// <summary>
/// Answers questions one at a time: offline templates or a model; text may stream through <c>onText</c>.
/// </summary>
public interface IChatResponder
{
    /// <summary>
    /// Answers one question; <paramref name="onText"/> receives text as it is produced (a model streams, offline sends
    /// it whole).
    /// </summary>
    Task<ChatAnswer> AnswerAsync(
        string question,
        Action<string>? onText = null,
        CancellationToken cancellationToken = default
    );
}
