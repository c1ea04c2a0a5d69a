using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// The team's corrections (docs/corrections.md), applied in the one place where every annotation exists and nothing
/// has been scored: after annotation and discovery, before scoring. Records marked irrelevant are the exception: they
/// leave before anything reads them (<see cref="Exclude"/>), so they shape neither the preset choice nor discovery.
/// Corrections apply in the order they were made, so a later one wins; each gets an outcome, applied or why not.
/// </summary>
public static class CorrectionStage
{
    /// <summary>The records not marked irrelevant; an irrelevant-mark whose record is gone is reported.</summary>
    public static IReadOnlyList<EvidenceRecord> Exclude(
        IReadOnlyList<EvidenceRecord> records,
        IReadOnlyList<Correction> corrections,
        List<CorrectionOutcome> outcomes
    )
    {
        var irrelevant = corrections.Where(c => c.Kind == CorrectionKind.Irrelevant).ToList();
        if (irrelevant.Count == 0)
        {
            return records;
        }
        var present = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var c in irrelevant)
        {
            outcomes.Add(
                present.Contains(c.Target) ? CorrectionOutcome.Done(c) : CorrectionOutcome.Unmatched(c, RecordGone)
            );
        }
        var excluded = irrelevant.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        return [.. records.Where(r => !excluded.Contains(r.Id))];
    }

    /// <summary>
    /// Applies the record and theme corrections to <paramref name="annotations"/> (in place, same order as
    /// <paramref name="records"/>) and returns the catalog with merged themes removed, renamed ones renamed and split
    /// ones joined by their new theme.
    /// </summary>
    public static TouchpointCatalog Apply(
        IReadOnlyList<EvidenceRecord> records,
        Annotation[] annotations,
        TouchpointCatalog catalog,
        IReadOnlyList<Correction> corrections,
        List<CorrectionOutcome> outcomes
    )
    {
        var index = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            index.TryAdd(records[i].Id, i);
        }
        // Record corrections name touchpoints as the catalog had them before any rename or merge of this run.
        foreach (var c in corrections.Where(c => c.IsRecord && c.Kind != CorrectionKind.Irrelevant).OrderBy(c => c.Id))
        {
            outcomes.Add(
                index.TryGetValue(c.Target, out var i)
                    ? ApplyToRecord(c, records[i], ref annotations[i], catalog)
                    : CorrectionOutcome.Unmatched(c, RecordGone)
            );
        }
        foreach (var c in corrections.Where(c => !c.IsRecord).OrderBy(c => c.Id))
        {
            var (next, outcome) = c.Kind switch
            {
                CorrectionKind.MergeTheme => Merge(c, annotations, catalog),
                CorrectionKind.SplitTheme => ThemeSplit.Apply(c, records, annotations, catalog),
                _ => Rename(c, catalog),
            };
            catalog = next;
            outcomes.Add(outcome);
        }
        return catalog;
    }

    private const string RecordGone = "the record is not in this analysis (its file was not imported, or it changed)";

    private static CorrectionOutcome ApplyToRecord(
        Correction c,
        EvidenceRecord record,
        ref Annotation a,
        TouchpointCatalog catalog
    )
    {
        string label;
        switch (c.Kind)
        {
            case CorrectionKind.Sentiment when CorrectionNames.TrySentiment(c.Value, out var s):
                a = a with
                {
                    SentimentLabel = s,
                    Sentiment = Score(s, a.Sentiment),
                    Cues = SentimentCues(a.Cues, s, record.Text.Length),
                };
                label = "sentiment";
                break;
            case CorrectionKind.Intent when CorrectionNames.TryIntent(c.Value, out var intent):
                a = a with { Intent = intent };
                label = "intent";
                break;
            case CorrectionKind.Touchpoints:
                var ids = new List<string>();
                foreach (var name in c.Touchpoints)
                {
                    if (Find(catalog, name) is not { } t)
                    {
                        return CorrectionOutcome.Unmatched(c, NoTheme(name));
                    }
                    if (!ids.Contains(t.Id))
                    {
                        ids.Add(t.Id);
                    }
                }
                a = WithTouchpoints(a, ids, record.Text.Length);
                label = "touchpoints";
                break;
            default:
                return CorrectionOutcome.Unmatched(c, $"'{c.Value}' is not a {CorrectionNames.Of(c.Kind)}");
        }
        a = a with
        {
            Provenance = Provenance.CorrectedSource,
            Confidence = 1,
            Corrected = [.. (a.Corrected ?? []).Where(l => l != label), label],
        };
        return CorrectionOutcome.Done(c);
    }

    /// <summary>
    /// The annotator's strength is kept when it agrees with the team's label; otherwise a clear value of that sign.
    /// </summary>
    private static double Score(SentimentLabel label, double read) =>
        label switch
        {
            SentimentLabel.Negative => Math.Min(read, -0.5),
            SentimentLabel.Positive => Math.Max(read, 0.5),
            _ => 0,
        };

    /// <summary>
    /// The team's sentiment is the record's verdict wherever a touchpoint is mentioned: the annotator's sentiment cues
    /// go and one cue over the whole text comes first (complaints are read from the nearest polar cue, ties to the
    /// first; docs/scoring.md), so a record corrected to negative counts as a complaint at each of its touchpoints.
    /// </summary>
    private static IReadOnlyList<Cue> SentimentCues(IReadOnlyList<Cue> cues, SentimentLabel label, int length)
    {
        var others = cues.Where(c => !c.Label.StartsWith(CueLabels.Sentiment, StringComparison.Ordinal));
        return label == SentimentLabel.Neutral
            ? [.. others]
            : [new Cue(CueLabels.Sentiment + CorrectionNames.Of(label), 0, length), .. others];
    }

    /// <summary>
    /// The listed touchpoints, primary first. One the annotator found keeps its span; a new one points at the whole
    /// text, which is what the team read, so evidence and quotes still lead to the record's words.
    /// </summary>
    private static Annotation WithTouchpoints(Annotation a, List<string> ids, int length)
    {
        var mentions = ids.Select(id =>
                a.Touchpoints.FirstOrDefault(m => m.TouchpointId == id) is { } kept
                    ? kept with
                    {
                        Confidence = 1,
                    }
                    : new TouchpointMention(id, 1, 0, length)
            )
            .ToList();
        var cues = a
            .Cues.Where(cue =>
                !cue.Label.StartsWith(CueLabels.Touchpoint, StringComparison.Ordinal)
                || ids.Contains(cue.Label[CueLabels.Touchpoint.Length..])
            )
            .ToList();
        foreach (var m in mentions.Where(m => !cues.Any(cue => cue.Label == CueLabels.Touchpoint + m.TouchpointId)))
        {
            cues.Add(new Cue(CueLabels.Touchpoint + m.TouchpointId, m.Start, m.End));
        }
        return a with { Touchpoints = mentions, Cues = cues };
    }

    private static (TouchpointCatalog, CorrectionOutcome) Merge(
        Correction c,
        Annotation[] annotations,
        TouchpointCatalog catalog
    )
    {
        if (Find(catalog, c.Target) is not { } from)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, NoTheme(c.Target)));
        }
        if (Find(catalog, c.Value) is not { } into)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, NoTheme(c.Value)));
        }
        if (from.Id == into.Id)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, $"'{c.Target}' and '{c.Value}' are the same theme"));
        }
        var fromCue = CueLabels.Touchpoint + from.Id;
        for (var i = 0; i < annotations.Length; i++)
        {
            var a = annotations[i];
            if (!a.Touchpoints.Any(m => m.TouchpointId == from.Id))
            {
                continue;
            }
            var mentions = a
                .Touchpoints.Select(m => m.TouchpointId == from.Id ? m with { TouchpointId = into.Id } : m)
                .DistinctBy(m => m.TouchpointId)
                .ToList();
            var cues = a
                .Cues.Select(cue => cue.Label == fromCue ? cue with { Label = CueLabels.Touchpoint + into.Id } : cue)
                .Distinct()
                .ToList();
            annotations[i] = a with { Touchpoints = mentions, Cues = cues };
        }
        return (
            catalog with
            {
                Touchpoints = [.. catalog.Touchpoints.Where(t => t.Id != from.Id)],
            },
            CorrectionOutcome.Done(c)
        );
    }

    private static (TouchpointCatalog, CorrectionOutcome) Rename(Correction c, TouchpointCatalog catalog)
    {
        if (Find(catalog, c.Target) is not { } theme)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, NoTheme(c.Target)));
        }
        if (string.IsNullOrWhiteSpace(c.Value))
        {
            return (catalog, CorrectionOutcome.Unmatched(c, "the new name is empty"));
        }
        if (Find(catalog, c.Value) is { } other && other.Id != theme.Id)
        {
            return (
                catalog,
                CorrectionOutcome.Unmatched(c, $"another touchpoint is already called '{c.Value}' (merge instead)")
            );
        }
        var renamed = catalog.Touchpoints.Select(t => t.Id == theme.Id ? t with { Name = c.Value.Trim() } : t);
        return (catalog with { Touchpoints = [.. renamed] }, CorrectionOutcome.Done(c));
    }

    /// <summary>A touchpoint by id or by name, ignoring case: people write names, the workspace may hold ids.</summary>
    public static Touchpoint? Find(TouchpointCatalog catalog, string reference)
    {
        var key = reference.Trim();
        return catalog.Touchpoints.FirstOrDefault(t => string.Equals(t.Id, key, StringComparison.OrdinalIgnoreCase))
            ?? catalog.Touchpoints.FirstOrDefault(t => string.Equals(t.Name, key, StringComparison.OrdinalIgnoreCase));
    }

    internal static string NoTheme(string name) =>
        $"no touchpoint or theme '{name}' in this analysis (renamed, merged or no longer discovered)";
}
