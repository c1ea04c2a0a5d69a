namespace CxAssistant.Core.Scoring;

/// <summary>One evidence record mentioning a touchpoint: the record's index in the input and whether it is the primary touchpoint.</summary>
internal readonly record struct Mention(int Record, bool Primary);
