namespace CxAssistant.Chat.Model;

/// <summary>The chat agent's instructions, kept as a file (Prompts/chat-agent.md) and embedded in the assembly.</summary>
public static class SystemPrompt
{
    /// <summary>The prompt text.</summary>
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(SystemPrompt).Assembly.GetManifestResourceStream("CxAssistant.Chat.Prompts.chat-agent.md")
                           ?? throw new InvalidOperationException("The chat-agent prompt is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
