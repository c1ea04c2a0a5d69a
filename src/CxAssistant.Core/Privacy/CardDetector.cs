using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Payment card numbers: 13–19 digits, optionally grouped by single spaces or dashes (one separator kind),
/// accepted only when the Luhn check passes and the issuer prefix fits the length. About one random 16-digit
/// number in ten passes Luhn; the issuer table removes most of the rest.
/// </summary>
internal static partial class CardDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        Span<char> digits = stackalloc char[19];
        foreach (var m in Pattern().EnumerateMatches(text))
        {
            var candidate = text.AsSpan(m.Index, m.Length);
            var hasSpace = candidate.Contains(' ');
            var hasDash = candidate.Contains('-');
            if (hasSpace && hasDash)
            {
                continue;
            }
            var n = 0;
            foreach (var c in candidate)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[n++] = c;
                }
            }
            if (Checksums.Luhn(digits[..n]) && IssuerFits(digits[..n]))
            {
                matches.Add(new PiiMatch(PiiType.Card, m.Index, m.Index + m.Length));
            }
        }
    }

    /// <summary>
    /// Major schemes' IIN ranges and lengths (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro).
    /// </summary>
    internal static bool IssuerFits(ReadOnlySpan<char> d)
    {
        var len = d.Length;
        var p2 = (d[0] - '0') * 10 + (d[1] - '0');
        var p4 = p2 * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        var p3 = p4 / 10;
        return d[0] switch
        {
            '4' => len is 13 or 16 or 19,
            '3' => (p2 is 34 or 37 && len == 15)
                || (p4 is >= 3528 and <= 3589 && len is >= 16 and <= 19)
                || ((p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39 || p4 == 3095) && len is >= 14 and <= 19),
            '2' => p4 is >= 2221 and <= 2720 && len == 16,
            '5' => (p2 is >= 51 and <= 55 && len == 16) || (p2 is 50 or >= 56 and <= 58 && len is >= 13 and <= 19),
            '6' => (p4 == 6011 || p2 == 65 || p3 is >= 644 and <= 649 || p2 == 62 || p2 is 63 or 67)
                && len is >= 16 and <= 19,
            _ => false,
        };
    }

    // 13–19 digits with optional single separators; not glued to other digits, letters or '#' (order numbers).
    [GeneratedRegex(@"(?<![\w#-]|\d[ -])\d(?:[ -]?\d){12,18}(?![\w]|[ -]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
