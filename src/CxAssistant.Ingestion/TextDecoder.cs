using System.Text;
using System.Text.Unicode;

namespace CxAssistant.Ingestion;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or BOM-less recognised by its zero
/// bytes), else Windows-1252 (a superset of Latin-1 for everything Excel and old CRMs write). A file whose lines mix
/// UTF-8 and Windows-1252 (rows appended by two tools) is decoded line by line, each in its own encoding, and the
/// result says so (<see cref="DecodedText.Note"/>). Throws <see cref="InputFileException"/> for empty and binary files.
/// </summary>
internal static class TextDecoder
{
    private const int SampleBytes = 64 * 1024;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? Encoding.Latin1;

    public static DecodedText Decode(byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (bytes.Length == 0)
        {
            throw new InputFileException("empty file");
        }
        var decoded = DecodeCore(bytes, cancellationToken);
        if (IsBlank(decoded))
        {
            throw new InputFileException("empty file");
        }
        if (LooksBinary(Sample(decoded)))
        {
            throw new InputFileException("binary or undecodable file");
        }
        return decoded;
    }

    private static DecodedText DecodeCore(byte[] bytes, CancellationToken cancellationToken)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8OrMixed(bytes, 3, "utf-8-bom", cancellationToken);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(span[2..]), "utf-16le", default);
        }
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(span[2..]), "utf-16be", default);
        }
        if (LooksUtf16(span, littleEndian: true))
        {
            return new DecodedText(Encoding.Unicode.GetString(span), "utf-16le", default);
        }
        if (LooksUtf16(span, littleEndian: false))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(span), "utf-16be", default);
        }
        // Byte statistics, not only NUL: a binary file without a NUL byte would otherwise become mojibake "records".
        if (BinaryContent.Check(span) is { } binary)
        {
            throw new InputFileException(binary + "; not a text export");
        }
        return Utf8OrMixed(bytes, 0, "utf-8", cancellationToken);
    }

    private static DecodedText Utf8OrMixed(
        byte[] bytes,
        int start,
        string utf8Name,
        CancellationToken cancellationToken
    )
    {
        var body = bytes.AsMemory(start);
        if (Utf8.IsValid(body.Span))
        {
            return new DecodedText(body, utf8Name);
        }
        return PerLine(body.Span, cancellationToken);
    }

    /// <summary>
    /// Not valid UTF-8 as a whole: each line is decoded as UTF-8 when it is valid UTF-8, else as Windows-1252. When
    /// some lines carry real UTF-8 (non-ASCII) and others are Windows-1252, the file is mixed and the note says where.
    /// </summary>
    private static DecodedText PerLine(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(bytes.Length);
        int utf8Lines = 0,
            legacyLines = 0,
            firstUtf8 = 0,
            firstLegacy = 0,
            line = 0;
        while (!bytes.IsEmpty)
        {
            if ((++line & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            var end = bytes.IndexOf((byte)'\n');
            var current = end < 0 ? bytes : bytes[..(end + 1)];
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (Ascii.IsValid(current))
            {
                text.Append(Encoding.ASCII.GetString(current));
            }
            else if (Utf8.IsValid(current))
            {
                if (utf8Lines++ == 0)
                {
                    firstUtf8 = line;
                }
                text.Append(Encoding.UTF8.GetString(current));
            }
            else
            {
                if (legacyLines++ == 0)
                {
                    firstLegacy = line;
                }
                text.Append(Windows1252.GetString(current));
            }
        }
        if (utf8Lines == 0)
        {
            return new DecodedText(text.ToString(), "windows-1252", default);
        }
        var note =
            $"mixed encodings: {utf8Lines:N0} line(s) in UTF-8 (first: line {firstUtf8}) and {legacyLines:N0} in "
            + $"Windows-1252/Latin-1 (first: line {firstLegacy}); each line was "
            + $"decoded in its own encoding, check the text";
        return new DecodedText(text.ToString(), "mixed utf-8/windows-1252", default)
        {
            Note = note,
            NoteLine = firstLegacy,
        };
    }

    /// <summary>
    /// Mostly-ASCII text in UTF-16 has a zero in every other byte: at odd offsets for little-endian,
    /// even offsets for big-endian. Requiring many zeros on one side and almost none on the other keeps
    /// binary formats (zeros everywhere) out.
    /// </summary>
    private static bool LooksUtf16(ReadOnlySpan<byte> span, bool littleEndian)
    {
        var sample = span[..(Math.Min(span.Length, SampleBytes) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }
        int zeroExpected = 0,
            zeroOther = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var (high, low) = littleEndian ? (sample[i + 1], sample[i]) : (sample[i], sample[i + 1]);
            if (high == 0)
            {
                zeroExpected++;
            }
            if (low == 0)
            {
                zeroOther++;
            }
        }
        var pairs = sample.Length / 2;
        return zeroExpected >= pairs * 0.4 && zeroOther <= pairs * 0.02;
    }

    /// <summary>
    /// <see cref="string.IsNullOrWhiteSpace(string)"/> of the text, read from UTF-8 bytes without decoding them when
    /// the first byte that is not ASCII whitespace is ASCII (it then is a character that is not whitespace).
    /// </summary>
    private static bool IsBlank(DecodedText decoded)
    {
        if (!decoded.IsUtf8Pending)
        {
            return string.IsNullOrWhiteSpace(decoded.Text);
        }
        var bytes = decoded.Utf8Source.Span;
        var first = bytes.IndexOfAnyExcept(" \t\n\v\f\r"u8);
        return first < 0 || (bytes[first] >= 0x80 && string.IsNullOrWhiteSpace(decoded.Text));
    }

    /// <summary>
    /// The first <see cref="SampleBytes"/> characters of the text (or all of it). From valid UTF-8 not decoded yet,
    /// only enough bytes are decoded: a character takes at most 3 bytes per UTF-16 unit, so a sequence cut at the end
    /// of the prefix lies beyond the sample.
    /// </summary>
    private static ReadOnlySpan<char> Sample(DecodedText decoded)
    {
        if (!decoded.IsUtf8Pending)
        {
            var text = decoded.Text;
            return text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        }
        var bytes = decoded.Utf8Source.Span;
        var prefix = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 3 * SampleBytes + 3)]);
        return prefix.AsSpan(0, Math.Min(prefix.Length, SampleBytes));
    }

    private static bool LooksBinary(ReadOnlySpan<char> sample)
    {
        var control = 0;
        foreach (var c in sample)
        {
            if (c is '\t' or '\n' or '\r' or '\f')
            {
                continue;
            }
            if (c < 0x20 || c == '\uFFFD' || c is >= '\u007F' and < '\u00A0' && c != '\u0085')
            {
                control++;
            }
        }
        return control > sample.Length * 0.3 || sample.Contains('\0');
    }
}
