using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// IBANs: a known country code, two check digits and that country's BBAN length, written compact or in groups
/// separated by single spaces, accepted only when the ISO 13616 mod-97 check passes.
/// </summary>
internal static partial class IbanDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        Span<char> compact = stackalloc char[34];
        foreach (var m in Start().EnumerateMatches(text))
        {
            var country = text.Substring(m.Index, 2).ToUpperInvariant();
            if (!Lengths.TryGetValue(country, out var length))
            {
                continue;
            }
            var n = 0;
            var i = m.Index;
            // Collect exactly `length` alphanumerics, allowing one space between characters.
            while (i < text.Length && n < length)
            {
                var c = text[i];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    compact[n++] = char.ToUpperInvariant(c);
                    i++;
                }
                else if (c == ' ' && n >= 4 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            if (n != length)
            {
                continue;
            }
            if (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                continue; // longer than the country's IBAN
            }
            if (Checksums.IbanMod97(compact[..n]))
            {
                matches.Add(new PiiMatch(PiiType.Iban, m.Index, i));
            }
        }
    }

    /// <summary>IBAN lengths by country (SWIFT IBAN registry, common countries).</summary>
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24,
        ["AE"] = 23,
        ["AT"] = 20,
        ["BE"] = 16,
        ["BG"] = 22,
        ["BH"] = 22,
        ["BR"] = 29,
        ["CH"] = 21,
        ["CY"] = 28,
        ["CZ"] = 24,
        ["DE"] = 22,
        ["DK"] = 18,
        ["EE"] = 20,
        ["ES"] = 24,
        ["FI"] = 18,
        ["FO"] = 18,
        ["FR"] = 27,
        ["GB"] = 22,
        ["GE"] = 22,
        ["GI"] = 23,
        ["GL"] = 18,
        ["GR"] = 27,
        ["HR"] = 21,
        ["HU"] = 28,
        ["IE"] = 22,
        ["IL"] = 23,
        ["IS"] = 26,
        ["IT"] = 27,
        ["JO"] = 30,
        ["KW"] = 30,
        ["KZ"] = 20,
        ["LB"] = 28,
        ["LI"] = 21,
        ["LT"] = 20,
        ["LU"] = 20,
        ["LV"] = 21,
        ["MC"] = 27,
        ["MT"] = 31,
        ["NL"] = 18,
        ["NO"] = 15,
        ["PK"] = 24,
        ["PL"] = 28,
        ["PT"] = 25,
        ["QA"] = 29,
        ["RO"] = 24,
        ["RS"] = 22,
        ["SA"] = 24,
        ["SE"] = 24,
        ["SI"] = 19,
        ["SK"] = 24,
        ["SM"] = 27,
        ["TR"] = 26,
        ["UA"] = 29,
    }.ToFrozenDictionary();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?= ?[A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
