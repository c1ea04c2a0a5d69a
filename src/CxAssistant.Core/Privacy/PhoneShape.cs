namespace CxAssistant.Core.Privacy;

/// <summary>The shapes that make a digit run a phone number on its own, and the ones that never do.</summary>
internal static class PhoneShape
{
    public static bool Fits(string text, int start, int end, ReadOnlySpan<TextRange> groups, bool phoneContext)
    {
        var digits = 0;
        foreach (var g in groups)
        {
            digits += g.Length;
        }
        if (digits is < 7 or > 15)
        {
            return false;
        }
        if (LooksLikeDate(text, groups))
        {
            return false;
        }
        var first = text[start];
        if (first == '+')
        {
            return digits >= 8 && (groups.Length >= 2 || digits >= 10);
        }
        if (first == '(')
        {
            return digits >= 9;
        }
        // "0033 1 42 68 53 00", "0049 30 901820": the international prefix 00 works like "+".
        if (
            text[groups[0].Start] == '0'
            && groups[0].Length >= 2
            && text[groups[0].Start + 1] == '0'
            && digits is >= 10 and <= 15
            && (groups.Length >= 2 || digits >= 11)
        )
        {
            return true;
        }
        var seps = Separators(text, groups, out var consistent);
        // French-style national numbers in pairs: "01 42 68 53 00", "06.12.34.56.78".
        if (text[groups[0].Start] == '0' && digits == 10 && groups.Length == 5 && consistent && AllPairs(groups))
        {
            return true;
        }
        if (groups.Length >= 3 && consistent && IsNanp(groups))
        {
            return true;
        }
        // National numbers with a trunk zero: "07700 900123", "020 7946 0958", "030 901820".
        if (
            text[groups[0].Start] == '0'
            && digits is >= 9 and <= 12
            && (seps > 0 || (digits == 11 && text[groups[0].Start + 1] == '7'))
        )
        {
            return groups.Length <= 4 && groups[0].Length >= 2;
        }
        return phoneContext && (groups.Length <= 5);
    }

    private static bool AllPairs(ReadOnlySpan<TextRange> groups)
    {
        foreach (var g in groups)
        {
            if (g.Length != 2)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>3-3-4 (optionally "1-" first): 555-123-4567, 555.123.4567, 1-800-555-0199.</summary>
    private static bool IsNanp(ReadOnlySpan<TextRange> g)
    {
        if (g.Length == 3)
        {
            return g[0].Length == 3 && g[1].Length == 3 && g[2].Length == 4;
        }
        if (g.Length == 4)
        {
            return g[0].Length == 1 && g[1].Length == 3 && g[2].Length == 3 && g[3].Length == 4;
        }
        return false;
    }

    private static int Separators(string text, ReadOnlySpan<TextRange> groups, out bool consistent)
    {
        consistent = true;
        var count = 0;
        var kind = '\0';
        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Start == groups[i - 1].End)
            {
                consistent = false;
                continue;
            }
            var c = text[groups[i - 1].End];
            count++;
            if (kind == '\0')
            {
                kind = c;
            }
            else if (c != kind)
            {
                consistent = false;
            }
        }
        return count;
    }

    /// <summary>2024-03-05, 05.03.2024, 2024 03 05: four-digit year with day/month pairs.</summary>
    private static bool LooksLikeDate(string text, ReadOnlySpan<TextRange> g)
    {
        if (g.Length != 3)
        {
            return false;
        }
        bool Year(TextRange r) => r.Length == 4 && (text[r.Start] is '1' or '2') && (text[r.Start + 1] is '9' or '0');
        return (Year(g[0]) && g[1].Length <= 2 && g[2].Length <= 2)
            || (Year(g[2]) && g[0].Length <= 2 && g[1].Length <= 2);
    }
}
