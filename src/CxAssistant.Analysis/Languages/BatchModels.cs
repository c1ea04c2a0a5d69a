using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Lingua;

namespace CxAssistant.Analysis.Languages;

/// <summary>
/// Lingua's n-gram models cut down to the n-grams of one batch of texts (docs/languages.md#speed). Lingua loads a
/// language's whole model (up to 390,000 five-grams, as one string each) the first time any text needs it: about 3 s of
/// CPU and 250 MiB for the few hundred records of a run that reach the detector. A text's confidence values read only
/// the probabilities of its own n-grams (every run of 1 to 5 letters of its cleaned-up text), so a model holding just
/// those n-grams, with the same values, gives the same confidence values. <see cref="Install"/> puts such models into
/// Lingua's model caches for the batch (each one read from its file when the detector first asks for it) and takes
/// them out afterwards, so a later text outside the batch loads the whole model as before.
/// <para>
/// Lingua keeps its caches in internal static fields, reached here by reflection (the package version is pinned in
/// Directory.Packages.props; a test checks that the fields are found). When they are not found, nothing is installed
/// and the detector loads whole models: slower, same answers. The caller holds
/// <see cref="LanguageIdentifier"/>'s exclusive lock while the models are installed.
/// </para>
/// </summary>
internal static class BatchModels
{
    /// <summary>Longest n-gram Lingua looks up.</summary>
    private const int MaxOrder = 5;

    private static readonly string[] FileNames = ["unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"];

    /// <summary>Lingua's caches by n-gram length (index 0 = unigrams), or null when this Lingua has other internals.</summary>
    private static readonly ConcurrentDictionary<Language, Lazy<FrozenDictionary<string, double>>>[]? Caches =
        FindCaches();

    /// <summary>Lingua's own input clean-up (lower case, no punctuation or digits, single spaces).</summary>
    private static readonly Func<string, string>? CleanUp = typeof(LanguageDetector)
        .GetMethod("CleanUpInputText", BindingFlags.NonPublic | BindingFlags.Static, [typeof(string)])
        ?.CreateDelegate<Func<string, string>>();

    /// <summary>True when Lingua's internals were found, so batches load cut-down models.</summary>
    public static bool IsAvailable => Caches is not null && CleanUp is not null;

    /// <summary>
    /// Installs models holding only the n-grams of <paramref name="texts"/> for every language and n-gram length whose
    /// model Lingua has not loaded yet; disposing the result removes them again.
    /// </summary>
    public static IDisposable Install(IEnumerable<string> texts, IReadOnlyList<Language> languages, string folder)
    {
        if (Caches is null || CleanUp is null)
        {
            return Installed.None;
        }
        var ngrams = Ngrams(texts);
        var lookup = ngrams.GetAlternateLookup<ReadOnlySpan<char>>();
        var installed = new List<(int Order, Language Language, Lazy<FrozenDictionary<string, double>> Model)>();
        foreach (var language in languages)
        {
            var code = LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
            for (var order = 1; order <= MaxOrder; order++)
            {
                var path = Path.Combine(folder, code, FileNames[order - 1] + ".json.br");
                var model = new Lazy<FrozenDictionary<string, double>>(
                    () => Read(path, lookup),
                    LazyThreadSafetyMode.ExecutionAndPublication
                );
                // A model Lingua loaded whole before (a single text outside a batch) already gives the same values.
                if (Caches[order - 1].TryAdd(language, model))
                {
                    installed.Add((order, language, model));
                }
            }
        }
        return new Installed(installed);
    }

    /// <summary>
    /// Every run of 1 to <see cref="MaxOrder"/> letters inside the cleaned-up texts: the n-grams Lingua's test models
    /// take (letters only, within a word) and all their shorter prefixes, which it falls back to.
    /// </summary>
    internal static HashSet<string> Ngrams(IEnumerable<string> texts)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            var cleaned = CleanUp!(text).AsSpan();
            var i = 0;
            while (i < cleaned.Length)
            {
                if (!char.IsLetter(cleaned[i]))
                {
                    i++;
                    continue;
                }
                var start = i;
                while (i < cleaned.Length && char.IsLetter(cleaned[i]))
                {
                    i++;
                }
                for (var j = start; j < i; j++)
                {
                    for (var length = 1; length <= MaxOrder && j + length <= i; length++)
                    {
                        lookup.Add(cleaned.Slice(j, length));
                    }
                }
            }
        }
        return set;
    }

    /// <summary>
    /// Reads one model file as Lingua does (JSON <c>{"language": …, "ngrams": {"&lt;fraction&gt;": "&lt;ngram&gt;
    /// &lt;ngram&gt; …"}}</c>, Brotli-compressed; the same fraction arithmetic), keeping only the wanted n-grams.
    /// </summary>
    private static FrozenDictionary<string, double> Read(
        string path,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wanted
    )
    {
        if (!File.Exists(path))
        {
            // Lingua has no model of some lengths for some languages (Chinese five-grams): it reads those as empty.
            return FrozenDictionary<string, double>.Empty;
        }
        byte[] json;
        using (var file = File.OpenRead(path))
        using (var brotli = new BrotliStream(file, CompressionMode.Decompress))
        using (var memory = new MemoryStream())
        {
            brotli.CopyTo(memory);
            json = memory.ToArray();
        }
        var kept = new Dictionary<string, double>();
        var reader = new Utf8JsonReader(json);
        var buffer = ArrayPool<char>.Shared.Rent(1024);
        Span<char> fractionBuffer = stackalloc char[64];
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("ngrams"u8))
                {
                    continue;
                }
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    ReadOnlySpan<char> fraction = fractionBuffer[..reader.CopyString(fractionBuffer)];
                    reader.Read();
                    if (reader.ValueSpan.Length > buffer.Length)
                    {
                        ArrayPool<char>.Shared.Return(buffer);
                        buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
                    }
                    ReadOnlySpan<char> list = buffer.AsSpan(0, reader.CopyString(buffer));
                    double? frequency = null;
                    foreach (var range in list.Split(' '))
                    {
                        if (wanted.TryGetValue(list[range], out var ngram))
                        {
                            frequency ??= Frequency(fraction);
                            kept[ngram] = frequency.Value;
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        return kept.ToFrozenDictionary();
    }

    // Lingua's arithmetic exactly: the numerator as a double over the denominator as an int.
    private static double Frequency(ReadOnlySpan<char> fraction)
    {
        var slash = fraction.IndexOf('/');
        return double.Parse(fraction[..slash]) / int.Parse(fraction[(slash + 1)..]);
    }

    private static ConcurrentDictionary<Language, Lazy<FrozenDictionary<string, double>>>[]? FindCaches()
    {
        string[] names =
        [
            "UnigramLanguageModels",
            "BigramLanguageModels",
            "TrigramLanguageModels",
            "QuadrigramLanguageModels",
            "FivegramLanguageModels",
        ];
        var caches = names
            .Select(n =>
                typeof(LanguageDetector).GetField(n, BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null)
                as ConcurrentDictionary<Language, Lazy<FrozenDictionary<string, double>>>
            )
            .ToArray();
        return caches.All(c => c is not null) ? [.. caches.Select(c => c!)] : null;
    }

    private sealed class Installed(
        List<(int Order, Language Language, Lazy<FrozenDictionary<string, double>> Model)> models
    ) : IDisposable
    {
        public static readonly Installed None = new([]);

        public void Dispose()
        {
            foreach (var (order, language, model) in models)
            {
                Caches![order - 1].TryRemove(KeyValuePair.Create(language, model));
            }
            models.Clear();
        }
    }
}
