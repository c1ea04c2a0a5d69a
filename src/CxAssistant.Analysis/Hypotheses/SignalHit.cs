namespace CxAssistant.Analysis.Hypotheses;

/// <summary>
/// A remedy's signal word found in a customer record: record index, span, and the signal's rank (0 = most specific).
/// </summary>
internal readonly record struct SignalHit(int Record, int Start, int End, int Rank);
