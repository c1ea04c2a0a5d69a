namespace CxAssistant.Core.Personas;

/// <summary>
/// A feature that sets a segment apart: its kind ("metadata", "channel", "touchpoint", "pain", "job", "intent",
/// "context", "nps"), the field ("visit_type"; empty when the kind says it all), the value ("takeaway"), the share
/// of the segment's customers that have it, the share among all customers, and the lift (segment share / overall
/// share).
/// </summary>
public sealed record SegmentTrait(
    string Kind,
    string Field,
    string Value,
    double SegmentShare,
    double OverallShare,
    double Lift
);
