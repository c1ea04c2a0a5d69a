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
        var file = fileName.Trim().ToLowerInvariant();
        var id = recordId.Trim();
        var body = IsCollapsed(text) ? text : CollapseWhitespace(text);
        var max = Encoding.UTF8.GetMaxByteCount(file.Length + id.Length + body.Length + 2);
        var rented = max > 2048 ? ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            // One buffer instead of a concatenated string: this runs once per record of every load.
            Span<byte> buffer = rented ?? stackalloc byte[2048];
            var length = Encoding.UTF8.GetBytes(file, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(id, buffer[length..]);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(body, buffer[length..]);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..length], hash);
            return Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i - 1])))
            {
                return false;
            }
        }
        return true;
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
