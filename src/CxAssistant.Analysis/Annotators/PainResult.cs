using CxAssistant.Core.Annotations;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Pain, effort and failure cues in a text: <see cref="Cues"/> carry labels such as "pain:long-wait",
/// "effort:waiting", "failure:not-arrived"; <see cref="PainKinds"/> are the distinct <see cref="PainKind"/> values.
/// </summary>
public sealed record PainResult(IReadOnlyList<Cue> Cues, IReadOnlyList<string> PainKinds, bool Effort, bool Failure);
