namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// A sentiment lexicon entry: valence (−4..+4) and whether negators leave it alone (complaint idioms).
/// </summary>
internal readonly record struct SentimentEntry(double Valence, bool Fixed);
