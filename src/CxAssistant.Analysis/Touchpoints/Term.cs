namespace CxAssistant.Analysis.Touchpoints;

/// <summary>One word of a text as phrase matching sees it: its stem, its surface form and its offsets.</summary>
internal readonly record struct Term(string Stem, string Word, int Start, int End, bool BreakBefore);
