using System.Text;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Search;
using CxAssistant.DevTools.Samples;
using CxAssistant.Ingestion;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// Generated customer feedback (the `cx generate` generator, so no sample's words), loaded as the ingester loads it,
/// and
/// the touchpoint tagger of the preset that fits it; temp folders for workspaces, removed on dispose.
/// </summary>
public sealed class SearchIndexFixture : IDisposable
{
    private readonly TempFolder _root = new("cx-qdrant-tests-");

    public SearchIndexFixture()
    {
        var csv = Path.Combine(_root.Path, "feedback.csv");
        using (var writer = new StreamWriter(csv, false, new UTF8Encoding(false)))
        {
            SyntheticDataGenerator.WriteCsv(writer, 1500, seed: 11);
        }
        Records = new EvidenceLoader().Load([csv], new IngestOptions()).Records;
        var preset = PresetSelector.Choose(Records.Select(r => r.Text)).Name;
        Tagger = new EvidenceTagger(Presets.Get(preset));
    }

    public IReadOnlyList<EvidenceRecord> Records { get; }

    public EvidenceTagger Tagger { get; }

    /// <summary>A new empty folder for one workspace's search index.</summary>
    public string NewFolder() =>
        Directory.CreateDirectory(Path.Combine(_root.Path, Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => _root.Dispose();
}
