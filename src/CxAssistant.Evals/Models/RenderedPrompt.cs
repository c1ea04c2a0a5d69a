using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>A rendered prompt: the messages and model parameters to send, the prompt's version and the hash of its template (for the run manifest).</summary>
public sealed record RenderedPrompt(string PromptId, string Version, string TemplateHash, IReadOnlyList<ChatMessage> Messages, ChatOptions Options);
