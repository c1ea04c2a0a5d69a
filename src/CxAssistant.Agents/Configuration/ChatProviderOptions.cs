namespace CxAssistant.Agents.Configuration;

/// <summary>The <c>CxAssistant:Chat</c> section: the model that drafts and chats.</summary>
public sealed class ChatProviderOptions : ModelProviderOptions
{
    /// <summary>The section's configuration path.</summary>
    public const string Section = CxConfiguration.Section + ":Chat";

    /// <inheritdoc />
    public override string SectionPath => Section;
}
