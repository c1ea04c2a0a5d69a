namespace CxAssistant.Ingestion;

/// <summary>Thrown by a reader when a whole file cannot be used; the loader turns it into a skipped input.</summary>
internal sealed class InputFileException(string reason, int? line = null) : Exception(reason)
{
    public int? Line { get; } = line;
}
