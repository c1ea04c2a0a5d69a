using CxAssistant.Analysis.Semantics;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Pipeline;

/// <summary>
/// The catalog an analysis reads, where it came from, the kind of business the feedback is about (its performer,
/// context and aspirations shape the jobs) and what the reader must be told about the choice.
/// <see cref="DiscoveredOnly"/>: no preset fits, so the touchpoints are the ones discovered in the data.
/// </summary>
public sealed record CatalogChoice(
    TouchpointCatalog Catalog,
    string Source,
    BusinessKind Kind,
    KindChoice? Reading,
    IReadOnlyList<string> Warnings
)
{
    /// <summary>The name of the empty catalog used when no preset fits.</summary>
    public const string DiscoveredName = "Touchpoints discovered in the data";

    public bool DiscoveredOnly => Catalog.Name == DiscoveredName && Catalog.Touchpoints.Count == 0;

    /// <summary>
    /// Explicit --catalog, else explicit --preset, else a catalog.yaml in the data folder, else the preset of the kind
    /// of business the feedback is about (by meaning, <see cref="KindSelector"/>); when none fits, no preset at all.
    /// Without the local encoder the older keyword coverage (<see cref="PresetSelector"/>) decides.
    /// </summary>
    public static CatalogChoice Make(
        IReadOnlyList<EvidenceRecord> records,
        AnalyzeOptions options,
        ITextEncoder? encoder,
        CancellationToken cancellationToken = default
    )
    {
        if (options.Preset is { } preset)
        {
            return new CatalogChoice(
                Presets.Get(preset),
                $"the built-in {preset} preset",
                BusinessKinds.For(preset),
                null,
                []
            );
        }
        var texts = records.Where(r => r.IsCustomerVoice).Select(r => r.Text);
        var reading = encoder is null ? null : KindSelector.Choose(texts, encoder, cancellationToken);
        var kind = reading is { Fits: true } ? BusinessKinds.For(reading.Preset) : BusinessKinds.For(BusinessKind.None);
        if (options.CatalogPath is { } path)
        {
            return new CatalogChoice(CatalogLoader.Load(path), Path.GetFileName(path), kind, reading, []);
        }
        if (CatalogBesideData(options.Paths) is { } beside)
        {
            return new CatalogChoice(
                CatalogLoader.Load(beside),
                $"{Path.GetFileName(beside)} found in the data folder",
                kind,
                reading,
                []
            );
        }
        if (reading is null)
        {
            var choice = PresetSelector.Choose(records.Select(r => r.Text), cancellationToken);
            return new CatalogChoice(
                Presets.Get(choice.Name),
                $"the built-in {choice.Name} preset ({choice.Reason})",
                BusinessKinds.For(choice.Name),
                null,
                []
            );
        }
        var evidence =
            reading.Evidence.Count == 0
                ? ""
                : "; read as such in: " + string.Join(" · ", reading.Evidence.Select(e => $"“{e}”"));
        if (reading.Confidence == KindConfidence.NoneFits)
        {
            return new CatalogChoice(
                new TouchpointCatalog(DiscoveredName, []),
                $"no built-in preset: {reading.Reason}",
                kind,
                reading,
                [
                    $"No preset fits this feedback: {reading.Reason}. The touchpoints below "
                        + $"were discovered in the data only.",
                ]
            );
        }
        IReadOnlyList<string> warnings =
            reading.Confidence == KindConfidence.Low
                ? [$"The preset is a low-confidence guess: {reading.Reason}."]
                : [];
        return new CatalogChoice(
            Presets.Get(reading.Preset),
            $"the built-in {reading.Preset} preset ({reading.Reason}{evidence})",
            BusinessKinds.For(reading.Preset),
            reading,
            warnings
        );
    }

    /// <summary>
    /// A catalog.yaml inside a data folder is the user's catalog for that data (unless --catalog or --preset says
    /// otherwise).
    /// </summary>
    private static string? CatalogBesideData(IReadOnlyList<string> paths) =>
        paths
            .Where(Directory.Exists)
            .SelectMany(dir => new[] { "catalog.yaml", "catalog.yml" }.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}
