using CxAssistant.Ingestion;

namespace CxAssistant.Web.Uploads;

/// <summary>One uploaded file waiting for import: its stored name, size and detected columns.</summary>
public sealed record StagedFile(string Name, long Bytes, ColumnPreview Preview);
