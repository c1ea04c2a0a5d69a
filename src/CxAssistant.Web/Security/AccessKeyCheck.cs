using System.Security.Cryptography;
using System.Text;

namespace CxAssistant.Web.Security;

/// <summary>Compares a submitted access key with the configured one in constant time.</summary>
public static class AccessKeyCheck
{
    public static bool Matches(string? submitted, string? configured)
    {
        if (string.IsNullOrEmpty(submitted) || string.IsNullOrEmpty(configured))
        {
            return false;
        }
        var a = SHA256.HashData(Encoding.UTF8.GetBytes(submitted));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(configured));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
