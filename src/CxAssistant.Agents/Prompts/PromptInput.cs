namespace CxAssistant.Agents.Prompts;

/// <summary>
/// One input a prompt declares: what it holds, a sample value (rendered by the catalog test) and whether the value
/// arrives pre-encoded (<see cref="EvidenceBlock"/>), in which case Semantic Kernel must not encode it again.
/// </summary>
public sealed record PromptInput(string Description, string Sample, bool PreEncoded);
