using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Phone numbers. Digit runs are everywhere in customer text (orders, prices, dates, tracking numbers), so a
/// candidate becomes a phone only by its shape (international "+", "(555) …" area code, North-American
/// 3-3-4 grouping, a trunk "0" national number) or by a phone word just before it ("call me on", "tel").
/// Order/tracking/invoice words just before a candidate veto it; date shapes never qualify.
/// </summary>
internal static partial class PhoneDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        Span<TextRange> groups = stackalloc TextRange[8];
        foreach (var m in Candidate().EnumerateMatches(text))
        {
            var n = 0;
            for (var i = m.Index; i < m.Index + m.Length && n < groups.Length; )
            {
                if (!char.IsAsciiDigit(text[i]))
                {
                    i++;
                    continue;
                }
                var s = i;
                while (i < m.Index + m.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                groups[n++] = new TextRange(s, i);
            }
            var context = PhoneContext.Of(text, m.Index);
            // An international prefix ("+44", "0033", "(+33)") is never an order or tracking number, whatever precedes
            // it.
            if (context == PhoneContext.Kind.Blocked && !InternationalPrefix(text, m.Index))
            {
                continue;
            }
            // Greedy grouping may swallow a trailing number ("… 0958 2 times"): drop groups until the shape fits.
            for (var k = n; k >= 1; k--)
            {
                if (k > 1 && groups[k - 1].Length == 1)
                {
                    continue; // "… 0958 3 times": a lone trailing digit is not part of it
                }
                var start = m.Index;
                var end = groups[k - 1].End;
                if (end < m.Index + m.Length && text[end] == ')')
                {
                    end++;
                }
                if (PhoneShape.Fits(text, start, end, groups[..k], context == PhoneContext.Kind.Phone))
                {
                    matches.Add(new PiiMatch(PiiType.Phone, start, end));
                    break;
                }
            }
        }
    }

    private static bool InternationalPrefix(string text, int start) =>
        text[start] == '+'
        || text.AsSpan(start).StartsWith("(+")
        || (
            text.AsSpan(start).StartsWith("00")
            && start + 2 < text.Length
            && char.IsAsciiDigit(text[start + 2])
            && text[start + 2] != '0'
        );

    // Groups of digits joined by single separators, optionally "+cc" or "(area)" first. Not glued to words,
    // '#', currency, decimals, times (':') or slashes (dates, fractions). Atomic: a long digit run must fail in
    // linear time instead of trying every way to split it into groups.
    [GeneratedRegex(
        @"(?<![\w+#$€£¥.,/:\-])(?>(?:\+\d{1,15}|\(\+?\d{1,5}\)|\d{1,15})(?:[ "
            + @".\-]?\(\d{1,5}\)|[ .\-]\d{1,15})*)(?![\w/:%€£$]|[.,]\d)",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Candidate();
}
