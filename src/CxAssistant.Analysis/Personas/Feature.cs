namespace CxAssistant.Analysis.Personas;

/// <summary>
/// One column of the customer feature matrix: its kind (see <see cref="FeatureKinds"/>), field and value
/// ("metadata", "visit_type", "takeaway"), and the block it is weighted in.
/// </summary>
internal sealed record Feature(string Kind, string Field, string Value, int Block);
