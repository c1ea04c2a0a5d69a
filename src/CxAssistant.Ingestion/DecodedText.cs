using System.Text;

namespace CxAssistant.Ingestion;

/// <summary>
/// A decoded file. <see cref="Utf8Source"/> is the file's own bytes when they already are UTF-8, so byte-based
/// parsers (CsvHelper, System.Text.Json) can read them without a second copy of a large file; the text of such a file
/// is decoded only when a reader asks for it (a CSV file's never is: 40 MB of string for 100,000 reviews).
/// </summary>
internal sealed class DecodedText
{
    private string? _text;

    public DecodedText(string text, string encodingName, ReadOnlyMemory<byte> utf8Source)
    {
        _text = text;
        EncodingName = encodingName;
        Utf8Source = utf8Source;
    }

    /// <summary>Valid UTF-8 bytes, decoded on first use of <see cref="Text"/>.</summary>
    public DecodedText(ReadOnlyMemory<byte> utf8Source, string encodingName)
    {
        EncodingName = encodingName;
        Utf8Source = utf8Source;
    }

    public string Text => _text ??= Encoding.UTF8.GetString(Utf8Source.Span);

    public string EncodingName { get; }

    public ReadOnlyMemory<byte> Utf8Source { get; }

    /// <summary>
    /// What the reader should tell the user about the decoding (mixed encodings), with the line it concerns.
    /// </summary>
    public string? Note { get; init; }

    public int? NoteLine { get; init; }

    /// <summary>True when <see cref="Text"/> is made of UTF-8 bytes not decoded yet.</summary>
    public bool IsUtf8Pending => _text is null;

    public ReadOnlyMemory<byte> Utf8() => Utf8Source.IsEmpty ? Encoding.UTF8.GetBytes(Text) : Utf8Source;
}
