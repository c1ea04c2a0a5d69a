using System.Runtime.CompilerServices;

namespace CxAssistant.Core.Safety;

/// <summary>
/// Keeps quotes to the customer's own words: text addressed to a machine (<see cref="PayloadScreen"/>) is never quoted
/// as
/// evidence, in any artifact. Screens each text once (cached per string instance, so the records' texts are screened
/// once however many quotes are cut from them).
/// </summary>
public static class PayloadFree
{
    private static readonly ConditionalWeakTable<string, IReadOnlyList<PayloadScreen.Span>> Cache = new();

    /// <summary>The spans of <paramref name="text"/> addressed to a machine (cached).</summary>
    public static IReadOnlyList<PayloadScreen.Span> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Instructions only: markup and blobs are screened from reading but are not words put in a customer's mouth.
        return Cache.GetValue(text, static t =>
            [.. PayloadScreen.Find(t).Where(s => s.Kind == PayloadScreen.Kind.Instruction)]
        );
    }

    /// <summary>True when [start, end) overlaps a payload span.</summary>
    public static bool Overlaps(string text, int start, int end) =>
        Spans(text).Any(p => p.Start < end && start < p.End);

    /// <summary>
    /// [start, end) shrunk to the stretch between payload spans that holds the cue [cueStart, cueEnd) (the longest
    /// stretch when the cue is not given or lies in a payload), trimmed of white space; unchanged when nothing
    /// overlaps.
    /// </summary>
    public static (int Start, int End) Within(string text, int start, int end, int cueStart = -1, int cueEnd = -1)
    {
        var spans = Spans(text);
        if (!spans.Any(p => p.Start < end && start < p.End))
        {
            return (start, end);
        }
        var stretches = new List<(int Start, int End)>();
        var from = start;
        foreach (var p in spans.Where(p => p.Start < end && start < p.End).OrderBy(p => p.Start))
        {
            if (p.Start > from)
            {
                stretches.Add((from, p.Start));
            }
            from = Math.Max(from, p.End);
        }
        if (from < end)
        {
            stretches.Add((from, end));
        }
        var trimmed = stretches.Select(s => Trim(text, s.Start, s.End)).Where(s => s.End > s.Start).ToList();
        if (trimmed.Count == 0)
        {
            return (start, start);
        }
        var holding = trimmed.Where(s => cueStart >= s.Start && cueStart < s.End).ToList();
        return holding.Count > 0 ? holding[0] : trimmed.MaxBy(s => s.End - s.Start);
    }

    private static (int Start, int End) Trim(string text, int s, int e)
    {
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is ')' or ']'))
        {
            s++;
        }
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '(' or '['))
        {
            e--;
        }
        return (s, e);
    }
}
