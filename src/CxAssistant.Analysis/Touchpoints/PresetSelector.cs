using System.Collections.Concurrent;
using System.Globalization;

namespace CxAssistant.Analysis.Touchpoints;

/// <summary>
/// Picks the built-in preset whose touchpoints best cover a data set: each preset's matcher reads a sample of the
/// texts (up to <see cref="SampleSize"/>, evenly spread, deterministic) and the preset that attributes the largest
/// share of them with real evidence (not the low-confidence fallback) wins; ties go to the summed confidence.
/// </summary>
public static class PresetSelector
{
    public const int SampleSize = 2000;

    /// <summary>Below this confidence a mention is a fallback or a single weak word, not coverage.</summary>
    private const double MinConfidence = 0.3;

    private static readonly ConcurrentDictionary<string, TouchpointMatcher> Matchers = new(StringComparer.Ordinal);

    public static PresetChoice Choose(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        var all = texts.Where(t => !string.IsNullOrWhiteSpace(t)).ToList();
        var sample =
            all.Count <= SampleSize
                ? all
                : [.. Enumerable.Range(0, SampleSize).Select(i => all[(int)((long)i * all.Count / SampleSize)])];
        var coverage = new Dictionary<string, double>(StringComparer.Ordinal);
        var strength = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in Presets.Names)
        {
            var matcher = Matchers.GetOrAdd(name, n => new TouchpointMatcher(Presets.Get(n)));
            var covered = 0;
            var sum = 0.0;
            foreach (var text in sample)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var top = matcher.Match(text).FirstOrDefault();
                if (top is null || top.Confidence < MinConfidence)
                {
                    continue;
                }
                covered++;
                sum += top.Confidence;
            }
            coverage[name] = sample.Count == 0 ? 0 : (double)covered / sample.Count;
            strength[name] = sum;
        }

        var ranked = Presets.Names.OrderByDescending(n => coverage[n]).ThenByDescending(n => strength[n]).ToList();
        var best = ranked[0];
        var reason =
            sample.Count == 0
                ? $"no texts to compare; defaulting to '{best}'"
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"'{best}' touchpoints match {coverage[best] * 100:F0}% of "
                        + $"{sample.Count} texts (next: '{ranked[1]}' "
                        + $"{coverage[ranked[1]] * 100:F0}%)"
                );
        return new PresetChoice(best, reason, coverage);
    }
}
