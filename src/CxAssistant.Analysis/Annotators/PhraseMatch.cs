namespace CxAssistant.Analysis.Annotators;

/// <summary>A lexicon phrase found in a text: token range [Start, End) and the phrase's value.</summary>
internal readonly record struct PhraseMatch<T>(int Start, int End, T Value);
