namespace CxAssistant.Core.Validation;

/// <summary>
/// One problem a check found in a draft, phrased so it can be shown to a user or sent back to a model to repair.
/// </summary>
public sealed record Finding(string Check, string Message);
