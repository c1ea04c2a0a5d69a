namespace CxAssistant.Core.Evidence;

/// <summary>Recognises speaker labels that belong to the business side of a conversation.</summary>
public static class SpeakerRoles
{
    private static readonly string[] BusinessWords =
    [
        "agent",
        "support",
        "rep",
        "representative",
        "advisor",
        "staff",
        "operator",
        "host",
        "team",
        "bot",
        "assistant",
        "sales",
    ];

    public static bool IsBusiness(string speaker)
    {
        var s = speaker.Trim().ToLowerInvariant();
        foreach (var word in BusinessWords)
        {
            if (
                s == word
                || s.StartsWith(word + " ", StringComparison.Ordinal)
                || s.EndsWith(" " + word, StringComparison.Ordinal)
            )
            {
                return true;
            }
        }
        return false;
    }
}
