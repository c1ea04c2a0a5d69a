using Microsoft.Extensions.AI;

namespace CxAssistant.Evals.Models;

/// <summary>
/// A rendered prompt: the messages and model parameters to send (tagged with the prompt), the prompt's version and the
/// first 12 hex digits of its file's content hash (for the run manifest).
/// </summary>
public sealed record RenderedPrompt(
    string PromptId,
    string Version,
    string TemplateHash,
    IReadOnlyList<ChatMessage> Messages,
    ChatOptions Options
);
