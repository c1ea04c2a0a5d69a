using CxAssistant.Core.Evidence;
using CxAssistant.Data.Chunking;
using CxAssistant.Ingestion;

namespace CxAssistant.Data.Tests.Memory;

/// <summary>
/// The two shipped samples as chunks, each labelled "sample/file:line" so dev-set labels survive id changes.
/// </summary>
internal static class SampleCorpus
{
    private static readonly Lazy<IReadOnlyList<(string Label, EvidenceRecord Record, EvidenceChunk Chunk)>> Chunks =
        new(Load);

    public static IReadOnlyList<(string Label, EvidenceRecord Record, EvidenceChunk Chunk)> All => Chunks.Value;

    public static string LabelOf(string sample, EvidenceRecord record) =>
        sample
        + "/"
        + Path.GetFileName(record.Source.File)
        + ":"
        + record.Source.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static IReadOnlyList<(string, EvidenceRecord, EvidenceChunk)> Load()
    {
        var list = new List<(string, EvidenceRecord, EvidenceChunk)>();
        foreach (var sample in new[] { "bloom-and-crumb", "trailhead-outfitters" })
        {
            var records = new EvidenceLoader()
                .Load([Path.Combine(SampleRuns.Root, "samples", sample)], IngestOptions.Default)
                .Records;
            foreach (var record in records)
            {
                foreach (var chunk in EvidenceChunker.Chunk(record))
                {
                    list.Add((LabelOf(sample, record), record, chunk));
                }
            }
        }
        return list;
    }
}
