namespace CxAssistant.Evals.Assertions;

/// <summary>
/// An assertion could not be evaluated (bad parameters, output it cannot read, judge failure): recorded as an error,
/// never as a score.
/// </summary>
public sealed class AssertionException(string message, Exception? inner = null) : Exception(message, inner);
