using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>An emotion read in a text and the character span [Start, End) that shows it.</summary>
public sealed record EmotionCue(Emotion Emotion, int Start, int End);
