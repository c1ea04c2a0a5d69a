namespace CxAssistant.Analysis.Annotators;

/// <summary>One weighted piece of sentiment evidence: token range [Start, End) and signed value.</summary>
internal readonly record struct Contribution(int Start, int End, double Value, bool SarcasmProne);
