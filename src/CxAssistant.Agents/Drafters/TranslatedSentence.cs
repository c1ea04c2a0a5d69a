namespace CxAssistant.Agents.Drafters;

/// <summary>The model's English for one sentence (translate-batch output).</summary>
public sealed record TranslatedSentence(string? Id, string? English);

/// <summary>The translate-batch answer.</summary>
public sealed record TranslateBatchAnswer(IReadOnlyList<TranslatedSentence>? Items);
