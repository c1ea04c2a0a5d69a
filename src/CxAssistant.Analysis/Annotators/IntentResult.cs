using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// The intent of a message, the span that shows it (whole text when inferred from tone) and a 0–1 confidence.
/// </summary>
public sealed record IntentResult(Intent Intent, int Start, int End, double Confidence);
