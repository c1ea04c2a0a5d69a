using CxAssistant.Core.Evidence;
using Lingua;
using static Lingua.Language;

namespace CxAssistant.Analysis.Languages;

/// <summary>
/// Finds the language of one record's text (docs/languages.md). Three steps, cheapest first: a text with too few
/// letters is <c>unknown</c> (not guessed); text full of common English words is English without the
/// detector (most records of an English business, so a 100,000-record run does not slow); anything else goes to
/// Lingua, restricted to <see cref="Languages"/>, and a language other than English is kept only when the detector is
/// at least <see cref="MinConfidence"/> sure (else <c>unknown</c>, read as before). Thread-safe.
/// </summary>
public sealed class LanguageIdentifier
{
    /// <summary>
    /// The languages the detector chooses among (their models ship with the analysis: see the csproj).
    /// </summary>
    public static IReadOnlyList<Language> Languages { get; } =
    [
        English,
        German,
        Spanish,
        French,
        Italian,
        Portuguese,
        Dutch,
        Polish,
        Turkish,
        Russian,
        Arabic,
        Chinese,
        Japanese,
        Korean,
    ];

    /// <summary>Fewer letters than this is too short to judge ("ok", "Terrible!", "great staff").</summary>
    public const int MinLetters = 20;

    /// <summary>
    /// Least confidence for a language other than English (Lingua's values sum to 1 over <see cref="Languages"/>, so
    /// the language must outweigh all the others together); below it the record is unknown and read as before. On the
    /// public sets (docs/languages.md) 0.5 kept no English review or tweet out of the reader; 0.9 lost a quarter of
    /// the German and a third of the Spanish tweets.
    /// </summary>
    public const double MinConfidence = 0.5;

    private static readonly Lazy<LanguageDetector?> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly LanguageDetector? _detector;

    /// <summary>
    /// The shared identifier (the detector loads each language's model once per process, on first use).
    /// </summary>
    public static LanguageIdentifier Default { get; } = new(Shared.Value);

    private LanguageIdentifier(LanguageDetector? detector) => _detector = detector;

    /// <summary>
    /// False when the detector's models are missing from this installation: every record is then unknown.
    /// </summary>
    public bool IsAvailable => _detector is not null;

    public RecordLanguage Identify(string? text)
    {
        var words = EnglishWords.Count(text ?? string.Empty);
        if (words.Letters < MinLetters)
        {
            return RecordLanguage.TooShort;
        }
        if (words.IsPlainEnglish)
        {
            return new RecordLanguage(RecordLanguage.EnglishCode, RecordLanguage.EnglishWordsMethod);
        }
        if (_detector is null)
        {
            return new RecordLanguage(RecordLanguage.UnknownCode, RecordLanguage.UnavailableMethod);
        }
        var (language, confidence) = Top(_detector.ComputeLanguageConfidenceValues(text!));
        confidence = Math.Round(confidence, 3);
        if (language == English)
        {
            return new RecordLanguage(RecordLanguage.EnglishCode, RecordLanguage.DetectorMethod, confidence);
        }
        return language != Unknown && confidence >= MinConfidence
            ? new RecordLanguage(
                LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant(),
                RecordLanguage.DetectorMethod,
                confidence
            )
            : new RecordLanguage(RecordLanguage.UnknownCode, RecordLanguage.DetectorMethod, confidence);
    }

    private static (Language Language, double Confidence) Top(IReadOnlyDictionary<Language, double> values)
    {
        var best = (Language: Unknown, Confidence: 0.0);
        foreach (var (language, confidence) in values)
        {
            if (confidence > best.Confidence)
            {
                best = (language, confidence);
            }
        }
        return best;
    }

    private static LanguageDetector? Build()
    {
        // The models sit next to the assembly (Lingua/LanguageModels/<code>); an installation without them still
        // analyses, reading every record as before, and says so (LanguageSummary).
        var folder = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        var missing = Languages.Any(l =>
            !Directory.Exists(Path.Combine(folder, LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant()))
        );
        return missing ? null : LanguageDetectorBuilder.FromLanguages([.. Languages]).Build();
    }
}
