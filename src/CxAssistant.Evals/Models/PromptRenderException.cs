namespace CxAssistant.Evals.Models;

/// <summary>A prompt that cannot be rendered (unknown id, missing input).</summary>
public sealed class PromptRenderException(string message) : Exception(message);
