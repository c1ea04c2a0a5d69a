using System.Net;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>IPv4 with octet ranges (not version numbers like v1.2.3.4) and IPv6, compressed forms included.</summary>
internal static partial class IpDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        if (text.Contains('.'))
        {
            foreach (var m in V4().EnumerateMatches(text))
            {
                if (!AfterVersionWord(text, m.Index))
                {
                    matches.Add(new PiiMatch(PiiType.Ip, m.Index, m.Index + m.Length));
                }
            }
        }
        if (text.Contains(':'))
        {
            foreach (Match m in V6().Matches(text))
            {
                // Shape alone accepts "10:30:45" or "a:b:c"; only "::"-compressed or full eight-group forms that parse
                // count.
                if (
                    (m.Value.Contains("::", StringComparison.Ordinal) || m.Value.Count(c => c == ':') >= 7)
                    && IPAddress.TryParse(m.ValueSpan, out var address)
                    && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
                )
                {
                    matches.Add(new PiiMatch(PiiType.Ip, m.Index, m.Index + m.Length));
                }
            }
        }
    }

    /// <summary>"version 10.4.2.1", "build 3.1.0.7": four-part version numbers share the IPv4 shape.</summary>
    private static bool AfterVersionWord(string text, int start)
    {
        var from = Math.Max(0, start - 12);
        var window = text.AsSpan(from, start - from);
        return window.Contains("version", StringComparison.OrdinalIgnoreCase)
            || window.Contains("ver.", StringComparison.OrdinalIgnoreCase)
            || window.Contains("build", StringComparison.OrdinalIgnoreCase)
            || window.Contains("firmware", StringComparison.OrdinalIgnoreCase);
    }

    private const string Octet = @"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)";

    // Not after a letter (v1.2.3.4), a digit or a dot; not followed by another dotted number part.
    [GeneratedRegex(@"(?<![\w.])" + Octet + @"(?:\." + Octet + @"){3}(?!\.?\d|\w)", RegexOptions.CultureInvariant)]
    private static partial Regex V4();

    [GeneratedRegex(
        @"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:){1,7}(?:(?:\d{1,3}\.){3}\d{1,3}|:|[0-9A-Fa-f]{1,4})(?:%\w+)?(?![\w:]|\.\d)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex V6();
}
