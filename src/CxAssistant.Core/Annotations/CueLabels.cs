namespace CxAssistant.Core.Annotations;

/// <summary>
/// The vocabulary of <see cref="Cue.Label"/>: a prefix naming what the span supports and a value.
/// Examples: <c>touchpoint:delivery</c>, <c>sentiment:negative</c>, <c>emotion:frustration</c>,
/// <c>intent:question</c>, <c>job:blocker</c>, <c>effort:waiting</c>, <c>failure:not-arrived</c>,
/// <c>pain:long-wait</c>.
/// </summary>
public static class CueLabels
{
    public const string Touchpoint = "touchpoint:";
    public const string Sentiment = "sentiment:";
    public const string Emotion = "emotion:";
    public const string Intent = "intent:";
    public const string Job = "job:";
    public const string Effort = "effort:";
    public const string Failure = "failure:";
    public const string Pain = "pain:";

    /// <summary>The label named by the value (sentiment, job) was read by meaning, not from cue words.</summary>
    public const string Meaning = "meaning:";

    /// <summary>
    /// Text addressed to a machine (instruction, markup, blob), read around: see <c>PayloadScreen</c>.
    /// </summary>
    public const string Payload = "payload:";

    /// <summary>The values of all cues with the given prefix.</summary>
    public static IEnumerable<string> Values(IEnumerable<Cue> cues, string prefix)
    {
        // A plain iterator: called for every record by several stages, where LINQ's Where+Select cost four objects per
        // call.
        foreach (var cue in cues)
        {
            if (cue.Label.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return cue.Label[prefix.Length..];
            }
        }
    }
}
