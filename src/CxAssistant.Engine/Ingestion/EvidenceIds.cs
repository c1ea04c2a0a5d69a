using System.Security.Cryptography;
using System.Text;

namespace CxAssistant.Engine.Ingestion;

/// <summary>Stable evidence ids, so re-reading the same file yields the same ids (caches and reports rely on it).</summary>
public static class EvidenceIds
{
    /// <summary>
    /// First 16 hex chars of SHA-256 over the file name (not its folder, so moving a folder keeps ids),
    /// the record id and the whitespace-normalised text. The record id keeps identical texts in
    /// different rows distinct.
    /// </summary>
    public static string ContentHash(string fileName, string recordId, string text)
    {
        var key = string.Concat(fileName.Trim().ToLowerInvariant(), "\n", recordId.Trim(), "\n", CollapseWhitespace(text));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    private static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
