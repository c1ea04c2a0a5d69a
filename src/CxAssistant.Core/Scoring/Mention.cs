namespace CxAssistant.Core.Scoring;

/// <summary>
/// One evidence record mentioning a touchpoint: the record's index in the input, whether it is the primary touchpoint,
/// and where the annotator found it ([Start, End) of the record's text), so its complaint is read where it was said.
/// </summary>
internal readonly record struct Mention(int Record, bool Primary, int Start = 0, int End = 0);
