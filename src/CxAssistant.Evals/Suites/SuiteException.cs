namespace CxAssistant.Evals.Suites;

/// <summary>
/// A suite file that cannot be used; the message names the file, the line when known, and the problem.
/// </summary>
public sealed class SuiteException(string message, Exception? inner = null) : Exception(message, inner);
