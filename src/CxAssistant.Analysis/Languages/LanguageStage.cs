using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;

namespace CxAssistant.Analysis.Languages;

/// <summary>
/// The pipeline's language step (docs/languages.md): every record's language, the records as the offline reader may
/// read them, and each annotation marked with its language. A record in a language the reader does not cover is read
/// with no text at all, so no English rule, lexicon or meaning can tag it (a lone "Terrible" in a Spanish review), and
/// its sentiment comes from its rating or score alone (provenance "rating"), else it is "not-read".
/// </summary>
public static class LanguageStage
{
    public const string Stage = "Detecting languages";

    public static RecordLanguage[] Identify(
        IReadOnlyList<EvidenceRecord> records,
        IProgress<PipelineProgress>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        var identifier = LanguageIdentifier.Default;
        progress?.Report(new PipelineProgress(Stage, 0, records.Count));
        var languages = identifier.IdentifyAll([.. records.Select(r => r.Text)], cancellationToken);
        // A text the reader cannot read is screened for text addressed to a machine, and identified again without it
        // (see Identify below): the rare case, so after the batch.
        var screened = new List<(int Index, string Masked)>();
        for (var i = 0; i < records.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Masked(records[i].Text, languages[i]) is { } masked)
            {
                screened.Add((i, masked));
            }
        }
        if (screened.Count > 0)
        {
            var again = identifier.IdentifyAll([.. screened.Select(s => s.Masked)], cancellationToken);
            for (var k = 0; k < screened.Count; k++)
            {
                languages[screened[k].Index] = again[k];
            }
        }
        progress?.Report(new PipelineProgress(Stage, records.Count, records.Count));
        return languages;
    }

    /// <summary>One text's language as <see cref="Identify(IReadOnlyList{EvidenceRecord}, IProgress{PipelineProgress}?, CancellationToken)"/> finds it (search tags read what the analysis reads).</summary>
    public static RecordLanguage Of(string? text) => Identify(LanguageIdentifier.Default, text);

    /// <summary>
    /// The language of the text as the reader sees it: text addressed to a machine (an injected instruction, markup) is
    /// blanked first, so a payload in another language cannot switch off the reading of an English complaint. Screened
    /// only when the raw text is not English (the rare case), since screening costs as much as detecting.
    /// </summary>
    private static RecordLanguage Identify(LanguageIdentifier identifier, string? text)
    {
        var language = identifier.Identify(text);
        return Masked(text, language) is { } masked ? identifier.Identify(masked) : language;
    }

    /// <summary>The text with its machine-addressed parts blanked, when it is not read and has any; else null.</summary>
    private static string? Masked(string? text, RecordLanguage language)
    {
        if (language.IsReadOffline || string.IsNullOrEmpty(text))
        {
            return null;
        }
        var payload = PayloadScreen.Find(text);
        return payload.Count == 0 ? null : PayloadScreen.Mask(text, payload);
    }

    /// <summary>
    /// The records the offline reader reads: the same list when all are readable; otherwise a copy in which each record
    /// in an uncovered language has no text (same id, source, rating and scores).
    /// </summary>
    public static IReadOnlyList<EvidenceRecord> Readable(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<RecordLanguage> languages
    )
    {
        var unread = false;
        for (var i = 0; i < languages.Count && !unread; i++)
        {
            unread = !languages[i].IsReadOffline;
        }
        if (!unread)
        {
            return records;
        }
        return [.. records.Select((r, i) => languages[i].IsReadOffline ? r : r with { Text = string.Empty })];
    }

    /// <summary>
    /// Sets each annotation's language; an unread record keeps only its rating's sentiment, or nothing.
    /// </summary>
    public static void Mark(
        Annotation[] annotations,
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<RecordLanguage> languages
    )
    {
        for (var i = 0; i < annotations.Length; i++)
        {
            annotations[i] = languages[i].IsReadOffline
                ? annotations[i] with
                {
                    Language = languages[i],
                }
                : Unread(annotations[i], records[i], languages[i]);
        }
    }

    /// <summary>True when the record carries a rating or score its sentiment can come from.</summary>
    public static bool HasRating(EvidenceRecord record) =>
        record.Rating is not null || record.Csat is not null || record.Nps is not null;

    private static Annotation Unread(Annotation offline, EvidenceRecord record, RecordLanguage language)
    {
        var rated = HasRating(record);
        return new Annotation
        {
            EvidenceId = offline.EvidenceId,
            Sentiment = rated ? offline.Sentiment : 0,
            SentimentLabel = rated ? offline.SentimentLabel : SentimentLabel.Neutral,
            Confidence = 0,
            Provenance = rated ? Annotation.RatingProvenance : Annotation.NotReadProvenance,
            Language = language,
        };
    }
}
