using System.Text.RegularExpressions;

namespace CxAssistant.Core.Privacy;

/// <summary>E-mail addresses: a pragmatic local part, a dotted domain and an alphabetic top-level domain.</summary>
internal static partial class EmailDetector
{
    public static void Find(string text, List<PiiMatch> matches)
    {
        if (!text.Contains('@'))
        {
            return;
        }
        foreach (var m in Pattern().EnumerateMatches(text))
        {
            matches.Add(new PiiMatch(PiiType.Email, m.Index, m.Index + m.Length));
        }
    }

    // The domain may not end with '.' or '-', so a sentence's full stop stays outside the match.
    [GeneratedRegex(
        @"(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@"
            + @"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Pattern();
}
