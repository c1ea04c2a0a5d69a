namespace CxAssistant.Core.Annotations;

/// <summary>
/// A labelled piece of text that supports an annotation: the span [Start, End) of the evidence text
/// and what it signals ("emotion:frustration", "effort:waited", "failure:never-arrived", "touchpoint:delivery"…).
/// </summary>
public sealed record Cue(string Label, int Start, int End);
