using System.Text;
using System.Text.Unicode;

namespace CxAssistant.Engine.Ingestion;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or BOM-less recognised by
/// its zero bytes), else Windows-1252 (a superset of Latin-1 for everything Excel and old CRMs write).
/// Throws <see cref="InputFileException"/> for empty and binary files.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;

    private static readonly Encoding Windows1252 =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    public static DecodedText Decode(byte[] bytes)
    {
        if (bytes.Length == 0) throw new InputFileException("empty file");
        var (text, name) = DecodeCore(bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new InputFileException("empty file");
        if (LooksBinary(text)) throw new InputFileException("binary or undecodable file");
        var utf8 = name switch { "utf-8" => bytes.AsMemory(), "utf-8-bom" => bytes.AsMemory(3), _ => ReadOnlyMemory<byte>.Empty };
        return new DecodedText(text, name, utf8);
    }

    private static (string, string) DecodeCore(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (new UTF8Encoding(false).GetString(span[3..]), "utf-8-bom");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(span[2..]), "utf-16le");
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(span[2..]), "utf-16be");
        if (LooksUtf16(span, littleEndian: true)) return (Encoding.Unicode.GetString(span), "utf-16le");
        if (LooksUtf16(span, littleEndian: false)) return (Encoding.BigEndianUnicode.GetString(span), "utf-16be");
        // NUL never occurs in text encoded as UTF-8 or a single-byte code page.
        if (span.IndexOf((byte)0) >= 0) throw new InputFileException("binary or undecodable file");
        if (Utf8.IsValid(span)) return (Encoding.UTF8.GetString(span), "utf-8");
        return (Windows1252.GetString(span), "windows-1252");
    }

    /// <summary>
    /// Mostly-ASCII text in UTF-16 has a zero in every other byte: at odd offsets for little-endian,
    /// even offsets for big-endian. Requiring many zeros on one side and almost none on the other keeps
    /// binary formats (zeros everywhere) out.
    /// </summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> span, bool littleEndian)
    {
        var sample = span[..(Math.Min(span.Length, SampleBytes) & ~1)];
        if (sample.Length < 4) return false;
        int zeroExpected = 0, zeroOther = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var (high, low) = littleEndian ? (sample[i + 1], sample[i]) : (sample[i], sample[i + 1]);
            if (high == 0) zeroExpected++;
            if (low == 0) zeroOther++;
        }
        var pairs = sample.Length / 2;
        return zeroExpected >= pairs * 0.4 && zeroOther <= pairs * 0.02;
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        var control = 0;
        foreach (var c in sample)
        {
            if (c is '\t' or '\n' or '\r' or '\f') continue;
            if (c < 0x20 || c == '\uFFFD' || c is >= '\u007F' and < '\u00A0' && c != '\u0085') control++;
        }
        return control > sample.Length * 0.3 || sample.Contains('\0');
    }
}
