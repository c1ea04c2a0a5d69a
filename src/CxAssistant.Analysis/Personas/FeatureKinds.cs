namespace CxAssistant.Analysis.Personas;

/// <summary>
/// Feature kinds and their block weights. Who customers are and what they do (metadata, life context, touchpoints,
/// channels) weigh more than how they feel, so segments are kinds of people rather than "happy" and "unhappy".
/// A block's vector is L2-normalised before weighting, so each block adds at most 2·weight² to a squared distance.
/// </summary>
internal static class FeatureKinds
{
    public const string Metadata = "metadata";
    public const string Channel = "channel";
    public const string Touchpoint = "touchpoint";
    public const string Context = "context";
    public const string Pain = "pain";
    public const string Job = "job";
    public const string Intent = "intent";
    public const string Nps = "nps";
    public const string Sentiment = "sentiment";
    public const string Activity = "activity";

    public static double Weight(string kind) =>
        kind switch
        {
            Metadata => 1.0, // split across fields: each field gets weight / √fields
            Context => 1.2,
            Touchpoint => 1.0,
            Channel => 0.8,
            Pain => 0.6,
            Job => 0.4,
            Intent => 0.4,
            Nps => 0.4,
            Sentiment => 0.4,
            Activity => 0.3,
            _ => 0.5,
        };
}
