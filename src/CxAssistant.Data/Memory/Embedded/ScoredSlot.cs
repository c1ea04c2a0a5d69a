namespace CxAssistant.Data.Memory.Embedded;

/// <summary>A position in a <see cref="FlatVectorIndex"/> and its cosine similarity to the query.</summary>
public readonly record struct ScoredSlot(int Slot, float Score);
