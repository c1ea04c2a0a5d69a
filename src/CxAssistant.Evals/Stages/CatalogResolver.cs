using System.Collections.Concurrent;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// Resolves a case's catalog reference: a YAML path relative to the suite, a name under <c>evals/devset/catalogs</c>,
/// or a built-in preset. Catalogs and their matchers are built once per run and shared by cases.
/// </summary>
public sealed class CatalogResolver
{
    private readonly ConcurrentDictionary<string, Lazy<ResolvedCatalog>> _cache = new(StringComparer.Ordinal);

    /// <summary>The catalog for <paramref name="reference"/> (null: none given).</summary>
    public ResolvedCatalog? Resolve(string? reference, string suiteDir)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }
        return _cache
            .GetOrAdd(suiteDir + "|" + reference, _ => new Lazy<ResolvedCatalog>(() => Load(reference, suiteDir)))
            .Value;
    }

    private static ResolvedCatalog Load(string reference, string suiteDir)
    {
        if (
            reference.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || reference.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
        )
        {
            var path = Path.GetFullPath(Path.Combine(suiteDir, reference));
            return new ResolvedCatalog(CatalogLoader.Load(path), path, null);
        }
        var devset = Path.GetFullPath(Path.Combine(suiteDir, "..", "devset", "catalogs", reference + ".yaml"));
        if (File.Exists(devset))
        {
            return new ResolvedCatalog(CatalogLoader.Load(devset), devset, null);
        }
        if (Presets.TryGet(reference, out var preset))
        {
            return new ResolvedCatalog(preset, null, reference);
        }
        throw new SuiteException(
            $"catalog '{reference}' is neither a YAML file, a devset catalog "
                + $"({devset}) nor a preset ({string.Join(", ", Presets.Names)})."
        );
    }
}

/// <summary>A resolved catalog, where it came from, and its matcher (built once).</summary>
public sealed record ResolvedCatalog(TouchpointCatalog Catalog, string? Path, string? Preset)
{
    private readonly Lazy<TouchpointMatcher> _matcher = new(() => new TouchpointMatcher(Catalog));
    private readonly Lazy<TouchpointMeaning> _meaning = new(() =>
        new TouchpointMeaning(Catalog, t => MeaningEncoder.Embed(t))
    );

    /// <summary>The matcher for this catalog.</summary>
    public ITouchpointMatcher Matcher => _matcher.Value;

    /// <summary>
    /// Touchpoint attribution by meaning for this catalog (centres embedded once), as `cx analyze` applies it.
    /// </summary>
    public TouchpointMeaning Meaning => _meaning.Value;
}
