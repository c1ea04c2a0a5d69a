namespace CxAssistant.Agents.Prompts;

/// <summary>
/// A prompt file is missing, malformed or rendered with missing inputs; the message names the file and the problem.
/// </summary>
public sealed class PromptException(string message, Exception? inner = null) : Exception(message, inner);
