using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Prompts;

/// <summary>A prompt rendered with real inputs: the chat messages to send and the prompt they came from.</summary>
public sealed record RenderedPrompt(PromptDefinition Prompt, IReadOnlyList<ChatMessage> Messages)
{
    /// <summary>The inputs it was rendered with (the kernel's prompt function renders it again from them).</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    /// <summary>The system and user text, for token counting and cache keys.</summary>
    public string AllText => string.Join("\n", Messages.Select(m => $"{m.Role}: {m.Text}"));
}
