namespace CxAssistant.Core.Personas;

/// <summary>What defines a segment: its most distinctive traits (highest lift first) and how it was found.</summary>
public sealed record SegmentDefinition(IReadOnlyList<SegmentTrait> Traits, string Method);
