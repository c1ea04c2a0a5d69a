using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CxAssistant.Ingestion;

/// <summary>
/// Stable evidence ids, so re-reading the same file yields the same ids (caches and reports rely on it).
/// </summary>
public static class EvidenceIds
{
    /// <summary>
    /// First 16 hex chars of SHA-256 over "file name\nrecord id\ntext": the file name lower-cased and without
    /// its folder (moving a folder keeps ids), the text trimmed with whitespace runs collapsed to one space.
    /// The record id keeps identical texts in different rows distinct.
    /// </summary>
    public static string ContentHash(string fileName, string recordId, string text)
    {
        var file = NormalFileName(fileName);
        var id = recordId.Trim();
        var body = IsCollapsed(text) ? text : CollapseWhitespace(text);
        // One pooled buffer instead of a concatenated string (this runs once per record of every load); not a stack
        // buffer, which .NET zeroes on every call.
        var buffer = ArrayPool<byte>.Shared.Rent(
            Encoding.UTF8.GetMaxByteCount(file.Length + id.Length + body.Length + 2)
        );
        try
        {
            var length = Encoding.UTF8.GetBytes(file, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(id, buffer.AsSpan(length));
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(body, buffer.AsSpan(length));
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Every whitespace character but the plain space (what <see cref="char.IsWhiteSpace(char)"/> accepts).</summary>
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create([
        .. Enumerable
            .Range(char.MinValue, char.MaxValue + 1)
            .Select(c => (char)c)
            .Where(c => c != ' ' && char.IsWhiteSpace(c)),
    ]);

    // The records of a file share its name: normalised once per thread and file, not once per record.
    [ThreadStatic]
    private static (string Name, string Normal)? LastFileName;

    private static string NormalFileName(string fileName)
    {
        if (LastFileName is { } last && ReferenceEquals(last.Name, fileName))
        {
            return last.Normal;
        }
        var normal = fileName.Trim().ToLowerInvariant();
        LastFileName = (fileName, normal);
        return normal;
    }

    /// <summary>True when the text has no whitespace but single plain spaces between words.</summary>
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        var span = text.AsSpan();
        return !char.IsWhiteSpace(span[0])
            && !char.IsWhiteSpace(span[^1])
            && !span.ContainsAny(OtherWhitespace)
            && !span.Contains("  ", StringComparison.Ordinal);
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
