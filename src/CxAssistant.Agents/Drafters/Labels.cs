using CxAssistant.Core.Annotations;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Agents.Drafters;

/// <summary>
/// The fixed vocabularies a model chooses from, in the kebab-case the prompts use, and their parsers.
/// </summary>
public static class Labels
{
    /// <summary>"complaint", "help-request", "none"…</summary>
    public static readonly IReadOnlyList<string> Intents = [.. Enum.GetValues<Intent>().Select(Kebab)];

    /// <summary>"frustration", "delight"…</summary>
    public static readonly IReadOnlyList<string> Emotions = [.. Enum.GetValues<Emotion>().Select(Kebab)];

    /// <summary>"awareness" … "loyalty".</summary>
    public static readonly IReadOnlyList<string> Stages = [.. Enum.GetValues<JourneyStage>().Select(Kebab)];

    /// <summary>The enum value whose kebab-case name is <paramref name="label"/> (case-insensitive).</summary>
    public static T Parse<T>(string label)
        where T : struct, Enum =>
        Enum.GetValues<T>().First(v => string.Equals(Kebab(v), label.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>HelpRequest → help-request.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append('-');
            }
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
