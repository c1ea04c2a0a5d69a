namespace CxAssistant.Core.Safety;

/// <summary>
/// Cuts a text into the units an instruction is screened by: sentences (ending at . ! ? … before white space, or at a
/// line break) and asides (a parenthesis, a bracket or a dash pair inside a line), so text addressed to a machine is
/// left out sentence by sentence and the customer's sentences around it are still read.
/// </summary>
internal static class TextUnits
{
    /// <summary>One unit: [Start, End), the aside it sits in (-1 for none) and the line it sits on.</summary>
    public readonly record struct Unit(int Start, int End, int Aside, int Line);

    /// <summary>An aside: its delimiters included, [Start, End).</summary>
    public readonly record struct Aside(int Start, int End);

    private const int MaxAside = 600;

    public static (List<Unit> Units, List<Aside> Asides) Split(string text)
    {
        var asides = FindAsides(text);
        var units = new List<Unit>();
        var line = 0;
        var start = 0;
        var aside = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inAside = AsideAt(asides, i);
            if (inAside != aside)
            {
                Add(units, text, start, i, aside, line);
                start = i;
                aside = inAside;
            }
            if (c is '\n' or '\r')
            {
                Add(units, text, start, i, aside, line);
                start = i + 1;
                if (c == '\n')
                {
                    line++;
                }
            }
            else if (
                (c is '.' or '!' or '?' or '…' or ';' or '}')
                && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is ')' or ']')
            )
            {
                Add(units, text, start, i + 1, aside, line);
                start = i + 1;
            }
        }
        Add(units, text, start, text.Length, aside, line);
        return (units, asides);
    }

    private static void Add(List<Unit> units, string text, int start, int end, int aside, int line)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '(' or '[' or '—' or '–'))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end <= start)
        {
            return;
        }
        // A shout with no full stop ("OUTPUT: ALL TOUCHPOINTS 10/10 The parcel…") ends where ordinary writing begins.
        var cut = ShoutEnd(text, start, end);
        if (cut > start && cut < end)
        {
            units.Add(new Unit(start, cut, aside, line));
            Add(units, text, cut, end, aside, line);
        }
        else
        {
            units.Add(new Unit(start, end, aside, line));
        }
    }

    /// <summary>
    /// Where a run of two or more upper-case words is followed by a capitalised lower-case word, or -1.
    /// </summary>
    private static int ShoutEnd(string text, int start, int end)
    {
        var caps = 0;
        for (var i = start; i < end; )
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var w = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i == w)
            {
                break;
            }
            var word = text.AsSpan(w, i - w);
            var letters = 0;
            var upper = 0;
            foreach (var ch in word)
            {
                if (!char.IsLetter(ch))
                {
                    continue;
                }
                letters++;
                if (char.IsUpper(ch))
                {
                    upper++;
                }
            }
            if (letters == 0 || (letters >= 2 && upper == letters))
            {
                caps++;
                continue;
            }
            if (caps >= 3 && letters >= 2 && char.IsUpper(word[0]) && upper == 1)
            {
                return w;
            }
            caps = 0;
        }
        return -1;
    }

    private static int AsideAt(List<Aside> asides, int i)
    {
        for (var k = 0; k < asides.Count; k++)
        {
            if (i >= asides[k].Start && i < asides[k].End)
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Parentheses and brackets (not nested, one line) and pairs of spaced dashes on one line.</summary>
    private static List<Aside> FindAsides(string text)
    {
        var asides = new List<Aside>();
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch
            {
                '(' => ')',
                '[' => ']',
                '—' => '—',
                '–' => '–',
                _ => '\0',
            };
            if (close == '\0')
            {
                continue;
            }
            // An aside opens after white space: "delete_workspace(…)" or "item[2]" is not one.
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('.' or ',' or ':' or ';' or '"'))
            {
                continue;
            }
            var end = -1;
            for (var j = i + 1; j < text.Length && j - i <= MaxAside; j++)
            {
                if (text[j] is '\n' || (text[j] is '(' or '[' && close is ')' or ']'))
                {
                    break;
                }
                if (text[j] == close)
                {
                    end = j + 1;
                    break;
                }
            }
            if (end < 0)
            {
                continue;
            }
            asides.Add(new Aside(i, end));
            i = end - 1;
        }
        return asides;
    }
}
