using System.Globalization;

namespace CxAssistant.Ingestion;

/// <summary>
/// Tells binary from text by byte statistics, not only NUL bytes: text exports hold almost no control bytes
/// (besides tab, line breaks and form feed), while images, archives, spreadsheets and encrypted files are full of
/// them. Used by the file reader and the web upload check, so both refuse the same files for the same reason.
/// </summary>
public static class BinaryContent
{
    /// <summary>Bytes examined at the start, middle and end of a file.</summary>
    public const int SampleBytes = 64 * 1024;

    /// <summary>Share of control bytes above which content is binary (text in any 8-bit encoding has ~0).</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>
    /// A few stray control characters (a BEL, an ANSI colour) in a short text file do not make it binary.
    /// </summary>
    private const int MinControlBytes = 16;

    /// <summary>
    /// Why <paramref name="bytes"/> look binary ("binary content: 9.8% control bytes…"), or null when they look like
    /// text. UTF-16 (with a BOM, or zero bytes on one side only) is text and must be checked by the caller first.
    /// </summary>
    public static string? Check(ReadOnlySpan<byte> bytes)
    {
        long total = 0,
            control = 0,
            nul = 0;
        foreach (var (start, length) in Samples(bytes.Length))
        {
            var sample = bytes.Slice(start, length);
            foreach (var b in sample)
            {
                if (b == 0)
                {
                    nul++;
                }
                if (IsControl(b))
                {
                    control++;
                }
            }
            total += sample.Length;
        }
        if (total == 0)
        {
            return null;
        }
        if (nul > 0)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"binary content: {nul:N0} NUL byte(s) in the {Size(total)} examined"
            );
        }
        var share = (double)control / total;
        return share > MaxControlShare && control >= MinControlBytes
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"binary content: {share:P1} control bytes in the {Size(total)} examined (text has almost none)"
            )
            : null;
    }

    /// <summary>
    /// C0 controls and DEL, except tab, line feed, vertical tab, form feed, carriage return, SUB (old EOF) and ESC.
    /// </summary>
    private static bool IsControl(byte b) =>
        b is < 0x20 and not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1A or 0x1B) or 0x7F;

    /// <summary>The whole of a small file; the start, middle and end of a large one (start, length).</summary>
    private static (int Start, int Length)[] Samples(int length) =>
        length <= 3 * SampleBytes
            ? [(0, length)]
            : [(0, SampleBytes), (length / 2 - SampleBytes / 2, SampleBytes), (length - SampleBytes, SampleBytes)];

    private static string Size(long bytes) =>
        bytes >= 1024 ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB") : $"{bytes} bytes";
}
