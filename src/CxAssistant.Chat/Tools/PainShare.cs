namespace CxAssistant.Chat.Tools;

/// <summary>A pain kind and how many mentioning records carry it.</summary>
public sealed record PainShare(string Pain, int Records);
