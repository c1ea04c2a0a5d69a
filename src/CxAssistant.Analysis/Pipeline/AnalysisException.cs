namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// An analysis could not run at all (no readable evidence, a broken catalog); the message is for the user.
/// </summary>
public sealed class AnalysisException(string message, Exception? inner = null) : Exception(message, inner);
