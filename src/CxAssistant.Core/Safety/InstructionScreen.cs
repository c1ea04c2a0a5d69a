using System.Text.RegularExpressions;

namespace CxAssistant.Core.Safety;

/// <summary>
/// Finds the spans of a text addressed to a machine, unit by unit (<see cref="TextUnits"/>): a chat-template region
/// runs
/// from its opening token to its closing one (or the end of its line); a role label that speaks for the machine
/// ("Assistant:", "SYSTEM:", "Output:") takes the rest of its line or aside; any other unit is payload when it carries
/// a cue (<see cref="InstructionCues"/>), and so is an aside holding one. A payload's own claims that follow it
/// ("Everything
/// is perfect.", "ALL TOUCHPOINTS 10/10") go with it; the customer's sentences before and after are left to be read.
/// </summary>
internal static class InstructionScreen
{
    public static List<(int Start, int End)> Find(string text)
    {
        var templates = Templates(text);
        var rest = templates.Count == 0 ? text : Blank(text, templates);
        var hits = new List<(int At, InstructionWords.Family Family)>();
        var words = InstructionWords.In(rest, hits);
        var colon = rest.AsSpan().IndexOfAny(':', '#') >= 0;
        if (words == InstructionWords.Family.None && !colon && templates.Count == 0)
        {
            return templates;
        }

        var (units, asides) = TextUnits.Split(rest);
        var payload = new List<bool>(new bool[units.Count]);
        // Each family's pattern runs only on the units holding one of its words (and the unit after, for cues that
        // run on: "Understood. I will report…"), so a long review costs a word scan and a few short matches.
        Scan(rest, units, payload, hits, InstructionWords.Family.Addressing, InstructionCues.AddressingCue);
        Scan(rest, units, payload, hits, InstructionWords.Family.Override, InstructionCues.OverrideCue);
        Scan(rest, units, payload, hits, InstructionWords.Family.Verdict, InstructionCues.VerdictCue);
        var imperative = words.HasFlag(InstructionWords.Family.OutputVerb | InstructionWords.Family.AnalysisWord);
        var vocative = words.HasFlag(InstructionWords.Family.Addressing);
        for (var u = 0; u < units.Count; u++)
        {
            if (payload[u])
            {
                continue;
            }
            var (start, length) = (units[u].Start, units[u].End - units[u].Start);
            if (
                (imperative && InstructionCues.ImperativeCue.IsMatch(rest.AsSpan(start, length)))
                || (vocative && InstructionCues.VocativeCue.IsMatch(rest.AsSpan(start, length)))
            )
            {
                payload[u] = true;
            }
            else if (colon && InstructionCues.RoleMarker.Match(rest, start, length) is { Success: true } role)
            {
                var name = role.Groups["role"].Value;
                var caps = name.Length > 1 && name.All(c => !char.IsLetter(c) || char.IsUpper(c));
                // A role that speaks for the machine marks its sentence; "System: Windows 11." only with a cue of its
                // own.
                payload[u] = InstructionCues.IsMachineRole(
                    name,
                    caps,
                    role.Value.Contains('#', StringComparison.Ordinal)
                );
            }
        }
        // A template region that fills an aside takes the aside's brackets with it.
        for (var t = 0; t < templates.Count; t++)
        {
            foreach (var a in asides)
            {
                if (
                    a.Start <= templates[t].Start
                    && templates[t].End <= a.End
                    && string.IsNullOrWhiteSpace(rest[(a.Start + 1)..(a.End - 1)])
                )
                {
                    templates[t] = (a.Start, a.End);
                }
            }
        }
        // Template regions join the units as payload, so what follows them is judged like what follows any instruction.
        foreach (var (start, end) in templates)
        {
            var at = units.FindIndex(u => u.Start >= start);
            if (at < 0)
            {
                at = units.Count;
            }
            units.Insert(at, new TextUnits.Unit(start, end, -1, -1));
            payload.Insert(at, true);
        }
        Continue(rest, units, payload);
        var spans = new List<(int Start, int End)>();
        for (var u = 0; u < units.Count; u++)
        {
            if (!payload[u])
            {
                continue;
            }
            var unit = units[u];
            // An aside that holds an instruction is left out whole, brackets and all.
            spans.Add(unit.Aside >= 0 ? (asides[unit.Aside].Start, asides[unit.Aside].End) : (unit.Start, unit.End));
        }
        return spans;
    }

    private static void Scan(
        string text,
        List<TextUnits.Unit> units,
        List<bool> payload,
        List<(int At, InstructionWords.Family Family)> hits,
        InstructionWords.Family family,
        Regex cue
    )
    {
        var done = -1;
        foreach (var (at, f) in hits)
        {
            if ((f & family) == 0)
            {
                continue;
            }
            var u = UnitAt(units, at);
            if (u < 0 || u == done)
            {
                continue;
            }
            done = u;
            // The unit before and after too: "P.S. for any automated system…" starts a unit early.
            var end = units[Math.Min(u + 1, units.Count - 1)].End;
            foreach (Match m in cue.Matches(text[..end], units[Math.Max(0, u - 1)].Start))
            {
                for (
                    var k = UnitAt(units, m.Index);
                    k >= 0 && k < units.Count && units[k].Start < m.Index + m.Length;
                    k++
                )
                {
                    payload[k] = true; // every unit the cue spans
                }
            }
        }
    }

    /// <summary>
    /// After a payload unit, the units that only state its claims (no first-person voice) are payload too.
    /// </summary>
    private static void Continue(string text, List<TextUnits.Unit> units, List<bool> payload)
    {
        for (var u = 1; u < units.Count; u++)
        {
            if (payload[u] || !payload[u - 1] || units[u].Aside != units[u - 1].Aside)
            {
                continue;
            }
            if (units[u - 1].Aside >= 0)
            {
                payload[u] = true;
                continue;
            } // an aside is one thought: all of it or none
            var s = text[units[u].Start..units[u].End];
            if (!InstructionCues.FirstPerson.IsMatch(s) && (InstructionCues.Claim.IsMatch(s) || Shouting(s)))
            {
                payload[u] = true;
            }
        }
    }

    private static bool Shouting(string s)
    {
        var letters = s.Count(char.IsLetter);
        return letters >= 8 && s.Count(char.IsUpper) >= 0.8 * letters;
    }

    /// <summary>
    /// The unit holding position <paramref name="at"/>, or the next one (a match may start on the white space before
    /// it).
    /// </summary>
    private static int UnitAt(List<TextUnits.Unit> units, int at)
    {
        for (var u = 0; u < units.Count; u++)
        {
            if (at < units[u].End)
            {
                return u;
            }
        }
        return -1;
    }

    /// <summary>
    /// Chat-template regions: from an opening token to its closing token, else to the end of its line.
    /// </summary>
    private static List<(int Start, int End)> Templates(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (text.IndexOf('<', StringComparison.Ordinal) < 0 && text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return spans;
        }
        int open = -1,
            last = -1;
        foreach (Match m in InstructionCues.TemplateToken.Matches(text))
        {
            if (m.Groups["close"].Success)
            {
                spans.Add((open >= 0 ? open : m.Index, m.Index + m.Length));
                open = -1;
            }
            else
            {
                if (open < 0)
                {
                    open = m.Index;
                }
                last = m.Index + m.Length;
            }
        }
        if (open >= 0)
        {
            // Unclosed: the turn runs to the end of the sentence after the last token; a token alone on its line opens
            // the lines below it (a system block) up to a blank line.
            var eol = text.IndexOf('\n', last);
            int end;
            if (eol >= 0 && text.AsSpan(last, eol - last).Trim().Length == 0)
            {
                var blank = text.IndexOf("\n\n", eol, StringComparison.Ordinal);
                end = blank < 0 ? text.Length : blank;
            }
            else
            {
                end = SentenceEnd(text, last);
            }
            spans.Add((open, end));
        }
        return spans;
    }

    private static int SentenceEnd(string text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++; // past the token's own gap
        }
        for (i++; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return i;
            }
            if (text[i] is '.' or '!' or '?' or '…' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }
        return text.Length;
    }

    private static string Blank(string text, List<(int Start, int End)> spans) =>
        string.Create(text.Length, (text, spans), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            foreach (var (s, e) in state.spans)
            {
                buffer[s..e].Fill(' ');
            }
        });
}
