using System.Security.Cryptography;
using System.Text;

namespace CxAssistant.Data.Memory.Embeddings;

/// <summary>
/// Cache key: hex SHA-256 of model id, a NUL separator and the text, so two models never share vectors.
/// </summary>
public static class EmbeddingCacheKey
{
    public static string For(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\0" + text)));
    }
}
