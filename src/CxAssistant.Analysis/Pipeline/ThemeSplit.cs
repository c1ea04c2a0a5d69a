using System.Text.RegularExpressions;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Corrections;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// A theme split by the team (docs/corrections.md): the mentions of theme A whose record uses one of the team's words
/// move to theme B, created next to A (same stage and origin) unless B already exists. The split is a rule, not a list
/// of records, so it keeps sorting the records of every later import. A moved mention points at the word that moved
/// it, so the evidence still leads to the customer's own words.
/// </summary>
internal static class ThemeSplit
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public static (TouchpointCatalog, CorrectionOutcome) Apply(
        Correction c,
        IReadOnlyList<EvidenceRecord> records,
        Annotation[] annotations,
        TouchpointCatalog catalog
    )
    {
        if (CorrectionStage.Find(catalog, c.Target) is not { } from)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, CorrectionStage.NoTheme(c.Target)));
        }
        if (c.Split is not var (name, words) || words.Count == 0)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, "a split needs the new theme's name and its words"));
        }
        var into = CorrectionStage.Find(catalog, name) ?? New(from, name, words, catalog);
        if (into.Id == from.Id)
        {
            return (catalog, CorrectionOutcome.Unmatched(c, $"'{c.Target}' cannot be split into itself"));
        }
        var pattern = Pattern(words);
        var moved = 0;
        for (var i = 0; i < annotations.Length; i++)
        {
            var a = annotations[i];
            if (!a.Touchpoints.Any(m => m.TouchpointId == from.Id) || Find(pattern, records[i].Text) is not { } hit)
            {
                continue;
            }
            annotations[i] = Moved(a, from.Id, into.Id, hit);
            moved++;
        }
        if (moved == 0)
        {
            return (
                catalog,
                CorrectionOutcome.Unmatched(c, $"no record of '{from.Name}' uses {string.Join(", ", words)}")
            );
        }
        var next = catalog.Find(into.Id) is null
            ? [.. Insert(catalog.Touchpoints, from.Id, into)]
            : catalog.Touchpoints;
        return (catalog with { Touchpoints = next }, CorrectionOutcome.Done(c));
    }

    private static Touchpoint New(Touchpoint from, string name, IReadOnlyList<string> words, TouchpointCatalog catalog)
    {
        var used = catalog.Touchpoints.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return new Touchpoint
        {
            Id = TouchpointDiscovery.UniqueId(CatalogLoader.Kebab(name), used),
            Name = name,
            Description = $"Split from {from.Name} by the team: mentions of {string.Join(", ", words)}.",
            Stage = from.Stage,
            Keywords = words,
            Channel = from.Channel,
            Owner = from.Owner,
            Origin = from.Origin,
        };
    }

    // Whole words from their start, any ending: "refund" also finds "refunded" and "refunds".
    private static Regex Pattern(IReadOnlyList<string> words) =>
        new(
            @"\b(?:" + string.Join("|", words.Select(Regex.Escape)) + @")\w*",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            MatchTimeout
        );

    private static (int Start, int End)? Find(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text) is { Success: true } m ? (m.Index, m.Index + m.Length) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // a pathological text stays where it was rather than stalling the analysis
        }
    }

    private static Annotation Moved(Annotation a, string from, string into, (int Start, int End) hit)
    {
        var mentions = a
            .Touchpoints.Select(m =>
                m.TouchpointId == from ? m with { TouchpointId = into, Start = hit.Start, End = hit.End } : m
            )
            .DistinctBy(m => m.TouchpointId)
            .ToList();
        var cues = a
            .Cues.Where(cue => cue.Label != CueLabels.Touchpoint + from)
            .Append(new Cue(CueLabels.Touchpoint + into, hit.Start, hit.End))
            .Distinct()
            .ToList();
        return a with { Touchpoints = mentions, Cues = cues };
    }

    private static IEnumerable<Touchpoint> Insert(
        IReadOnlyList<Touchpoint> touchpoints,
        string afterId,
        Touchpoint added
    )
    {
        foreach (var t in touchpoints)
        {
            yield return t;
            if (t.Id == afterId)
            {
                yield return added;
            }
        }
    }
}
