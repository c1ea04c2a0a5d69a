using System.Text;

namespace CxAssistant.Ingestion;

/// <summary>
/// A decoded file. <see cref="Utf8Source"/> is the file's own bytes when they already are UTF-8, so byte-based
/// parsers (CsvHelper, System.Text.Json) can read them without a second copy of a large file.
/// </summary>
internal sealed record DecodedText(string Text, string EncodingName, ReadOnlyMemory<byte> Utf8Source)
{
    /// <summary>
    /// What the reader should tell the user about the decoding (mixed encodings), with the line it concerns.
    /// </summary>
    public string? Note { get; init; }

    public int? NoteLine { get; init; }

    public ReadOnlyMemory<byte> Utf8() => Utf8Source.IsEmpty ? Encoding.UTF8.GetBytes(Text) : Utf8Source;
}
