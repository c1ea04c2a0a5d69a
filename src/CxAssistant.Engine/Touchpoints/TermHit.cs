namespace CxAssistant.Engine.Touchpoints;

/// <summary>An entry found in a text: the first and last term it covers and a discount for typo matches.</summary>
internal readonly record struct TermHit(TermEntry Entry, int FirstTerm, int LastTerm, float Factor);
