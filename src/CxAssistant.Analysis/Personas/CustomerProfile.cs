namespace CxAssistant.Analysis.Personas;

/// <summary>
/// One customer as the segmentation sees them: their own records (indices into the analysis) and the business-side
/// turns of their conversations (what they heard from staff).
/// </summary>
internal sealed record CustomerProfile(string Key, IReadOnlyList<int> Records, IReadOnlyList<int> HeardTurns);
