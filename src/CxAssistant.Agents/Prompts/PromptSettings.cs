namespace CxAssistant.Agents.Prompts;

/// <summary>The model parameters a prompt file asks for (front matter <c>model.parameters</c>).</summary>
public sealed record PromptSettings(float Temperature, string ResponseFormat, int MaxTokens);
