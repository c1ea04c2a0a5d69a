namespace CxAssistant.Web.Security;

/// <summary>
/// The minimum strength of <c>CxAssistant:Web:AccessKey</c>: long enough, and not a repeated or trivial string, so a
/// key cannot be guessed in the attempts <see cref="LoginThrottle"/> allows. Checked at start; a weak key stops it.
/// </summary>
public static class AccessKeyRule
{
    public const int MinLength = 16;
    public const int MinDistinct = 8;

    public const string Rule =
        "at least 16 characters with at least 8 different ones (a passphrase "
        + "of four words, or `openssl rand -base64 18`)";

    /// <summary>Why the key is too weak, or null when it is strong enough.</summary>
    public static string? Problem(string key)
    {
        if (key.Length < MinLength)
        {
            return $"it has {key.Length} characters";
        }
        var distinct = key.Distinct().Count();
        return distinct < MinDistinct ? $"it has only {distinct} different characters" : null;
    }
}
