using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>File-level facts of a transcript or note: who the customer is, when, on which channel.</summary>
internal sealed class TranscriptInfo
{
    public string? CustomerId { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public Channel? Channel { get; set; }
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per-record metadata: the file's, plus extras, in a fresh dictionary.</summary>
    public Dictionary<string, string> MetadataWith(params (string Key, string? Value)[] extras)
    {
        var metadata = new Dictionary<string, string>(Metadata, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in extras)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                metadata[key] = value;
            }
        }
        return metadata;
    }
}
