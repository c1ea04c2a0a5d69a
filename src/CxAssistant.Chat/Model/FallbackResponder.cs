namespace CxAssistant.Chat.Model;

/// <summary>
/// The model answers; when it cannot (provider down, key rejected, circuit open, garbage), the offline answerer answers
/// the same question and the answer says why. A chat never dies because the model misbehaves; only the caller's
/// cancellation stops it.
/// </summary>
public sealed class FallbackResponder(IChatResponder model, IChatResponder offline) : IChatResponder
{
    /// <inheritdoc />
    public async Task<ChatAnswer> AnswerAsync(
        string question,
        Action<string>? onText = null,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            return await model.AnswerAsync(question, onText, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var answer = await offline.AnswerAsync(question, onText, cancellationToken).ConfigureAwait(false);
            return answer with
            {
                Findings =
                [
                    .. answer.Findings,
                    $"The model could not answer ({e.Message}); this is the offline answer.",
                ],
            };
        }
    }
}
