namespace CxAssistant.Chat.Evals;

/// <summary>
/// Results over a questions file: answer rate = answered / answerable questions; correctness = questions whose answer
/// met every expectation (including "cannot answer" ones) / all questions. Failures list what was missing.
/// </summary>
public sealed record ChatEvalReport(int Questions, int Answerable, int Answered, int Correct, IReadOnlyList<string> Failures)
{
    /// <summary>Answered / answerable.</summary>
    public double AnswerRate => Answerable == 0 ? 0 : (double)Answered / Answerable;

    /// <summary>Correct / all.</summary>
    public double Correctness => Questions == 0 ? 0 : (double)Correct / Questions;
}
