using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using Lingua;

namespace CxAssistant.Analysis.Languages;

/// <summary>
/// The data-quality line about languages: which records the offline reader could not read and what became of them.
/// </summary>
public static class LanguageSummary
{
    /// <summary>The start every language warning shares, so a later stage (translation) can replace it.</summary>
    public const string Prefix = "Languages: ";

    /// <summary>
    /// "Languages: 212 records (8 %) are in German and Spanish; the offline reader covers English; …": null when every
    /// record was read (English, or too short to tell).
    /// </summary>
    public static string? Warning(IReadOnlyList<EvidenceRecord> records, IReadOnlyList<Annotation> annotations)
    {
        if (annotations.Any(a => a.Language?.Method == RecordLanguage.UnavailableMethod))
        {
            return Prefix
                + "language detection is unavailable (its models are missing next to the program), so every record "
                + "was read as English.";
        }
        var foreign = Enumerable
            .Range(0, annotations.Count)
            .Where(i => annotations[i].Language is { IsReadOffline: false })
            .ToList();
        if (foreign.Count == 0)
        {
            return null;
        }
        var names = foreign
            .GroupBy(i => annotations[i].Language!.Code)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{Name(g.Key)} ({g.Count()})")
            .ToList();
        var share = 100.0 * foreign.Count / Math.Max(1, records.Count);
        var translated = foreign.Count(i => annotations[i].Provenance == Annotation.TranslatedProvenance);
        var rated = foreign.Count(i => annotations[i].Provenance == Annotation.RatingProvenance);
        var unread = foreign.Count(i => annotations[i].Provenance == Annotation.NotReadProvenance);
        var parts = new List<string>();
        if (translated > 0)
        {
            parts.Add($"{translated} were translated into English by the model and read from the translation");
        }
        if (rated > 0)
        {
            parts.Add(
                $"{rated} take their sentiment from their rating or score only (no "
                    + $"touchpoints, nothing read from the text)"
            );
        }
        if (unread > 0)
        {
            parts.Add($"{unread} have no rating and were not read");
        }
        var advice = translated < foreign.Count ? "; configure a model to translate them (docs/languages.md)" : "";
        return Prefix
            + string.Create(
                CultureInfo.InvariantCulture,
                $"{foreign.Count} record(s) ({share:0.#} %) are in {Join(names)}; the offline reader covers English; "
            )
            + string.Join("; ", parts)
            + advice
            + ".";
    }

    /// <summary>The language's English name ("German") from its ISO 639-1 code, else the code.</summary>
    public static string Name(string code) =>
        Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) && iso != IsoCode6391.None
            ? LanguageInfo.GetByIsoCode6391(iso).ToString()
            : code;

    private static string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
