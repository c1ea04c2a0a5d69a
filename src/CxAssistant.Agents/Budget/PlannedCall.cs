namespace CxAssistant.Agents.Budget;

/// <summary>One model call planned before anything is sent: its stage, prompt, input tokens and output cap.</summary>
public sealed record PlannedCall(string Stage, string PromptId, int InputTokens, int MaxOutputTokens, int Items);
