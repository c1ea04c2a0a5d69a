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

    /// <summary>
    /// Held shared by single texts and exclusively by a batch while its cut-down models are in Lingua's caches
    /// (<see cref="BatchModels"/>), so no text outside the batch is ever read with them.
    /// </summary>
    private static readonly ReaderWriterLockSlim ModelsLock = new();

    /// <summary>The folder of the detector's models (next to the assembly).</summary>
    private static string ModelsFolder => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    public RecordLanguage Identify(string? text)
    {
        var fast = Quick(text);
        if (fast is not null)
        {
            return fast;
        }
        ModelsLock.EnterReadLock();
        try
        {
            return Detect(text!);
        }
        finally
        {
            ModelsLock.ExitReadLock();
        }
    }

    /// <summary>
    /// Every text's language, as <see cref="Identify(string?)"/> finds it one by one, in parallel. The texts that reach
    /// the detector are read with models cut down to their own n-grams (<see cref="BatchModels"/>): the same
    /// confidence values, without loading every language's whole model.
    /// </summary>
    public RecordLanguage[] IdentifyAll(IReadOnlyList<string?> texts, CancellationToken cancellationToken = default)
    {
        var languages = new RecordLanguage[texts.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, options, i => languages[i] = Quick(texts[i])!);
        var detect = new List<int>();
        for (var i = 0; i < languages.Length; i++)
        {
            if (languages[i] is null)
            {
                detect.Add(i);
            }
        }
        if (detect.Count == 0)
        {
            return languages;
        }
        ModelsLock.EnterWriteLock();
        try
        {
            using var models = BatchModels.Install(detect.Select(i => texts[i]!), Languages, ModelsFolder);
            Parallel.For(0, detect.Count, options, k => languages[detect[k]] = Detect(texts[detect[k]]!));
        }
        finally
        {
            ModelsLock.ExitWriteLock();
        }
        return languages;
    }

    /// <summary>
    /// Drops every model the detector has loaded (whole or cut down), so the next text loads afresh. For tests of the
    /// batch path, which only cuts down models not loaded yet.
    /// </summary>
    internal void UnloadModels()
    {
        ModelsLock.EnterWriteLock();
        try
        {
            _detector?.UnloadLanguageModels();
        }
        finally
        {
            ModelsLock.ExitWriteLock();
        }
    }

    /// <summary>The language without the detector (too short, plain English, no detector), or null.</summary>
    private RecordLanguage? Quick(string? text)
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
        return _detector is null
            ? new RecordLanguage(RecordLanguage.UnknownCode, RecordLanguage.UnavailableMethod)
            : null;
    }

    private RecordLanguage Detect(string text)
    {
        var (language, confidence) = Top(_detector!.ComputeLanguageConfidenceValues(text));
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
        var folder = ModelsFolder;
        var missing = Languages.Any(l =>
            !Directory.Exists(Path.Combine(folder, LanguageInfo.IsoCode6391(l).ToString().ToLowerInvariant()))
        );
        return missing ? null : LanguageDetectorBuilder.FromLanguages([.. Languages]).Build();
    }
}
