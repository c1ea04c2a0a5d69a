using CxAssistant.Core.Corrections;

namespace CxAssistant.Data.Corrections;

/// <summary>
/// A correction as a person asked for it (a record's own id, a touchpoint's name), before it is checked.
/// </summary>
public sealed record CorrectionRequest(CorrectionKind Kind, string Target, string Value);
