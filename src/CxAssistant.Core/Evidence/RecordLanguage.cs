using System.Text.Json.Serialization;

namespace CxAssistant.Core.Evidence;

/// <summary>
/// The language a record is written in, found when it is analysed (docs/languages.md): an ISO 639-1 code such as
/// <c>en</c> or <c>de</c>, or <c>unknown</c> when the text is too short or the detector is unsure. <see cref="Method"/>
/// says how it was decided; <see cref="Confidence"/> is the detector's (0–1), absent when no detector ran.
/// </summary>
public sealed record RecordLanguage(string Code, string Method, double? Confidence = null)
{
    public const string UnknownCode = "unknown";
    public const string EnglishCode = "en";

    /// <summary>Too few letters to judge (a tweet's "ok", "Terrible!"): unknown, and read as before.</summary>
    public const string TooShortMethod = "too-short";

    /// <summary>Plain ASCII text in which common English words abound: English without running the detector.</summary>
    public const string EnglishWordsMethod = "english-words";

    /// <summary>The language detector (Lingua) decided, with its confidence.</summary>
    public const string DetectorMethod = "detector";

    /// <summary>No detector was available on this machine (its models are missing): nothing was decided.</summary>
    public const string UnavailableMethod = "unavailable";

    public static readonly RecordLanguage TooShort = new(UnknownCode, TooShortMethod);

    /// <summary>
    /// True when the offline reader (English lexicons, rules and the English-only local model) reads this record:
    /// English, or unknown (a short or unsure text keeps its reading rather than being dropped).
    /// </summary>
    [JsonIgnore]
    public bool IsReadOffline => Code is EnglishCode or UnknownCode;
}
