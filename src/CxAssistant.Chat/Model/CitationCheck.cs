using System.Text.RegularExpressions;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Chat.Model;

/// <summary>
/// Keeps a model's answer to verified content: a quotation ("…" or “…”, 12 characters or more) must be a verbatim span
/// of a record the answer cites (the citation right after it, else any it cites, else a record the tools returned,
/// which
/// it then cites) and is removed otherwise, the answer saying so; a citation marker next to a quotation must name the
/// record that holds it (re-pointed when another cited
/// record does); a marker in a sentence that names a touchpoint must cite a record about that touchpoint (removed when
/// it
/// cites an unrelated one). Only the numbers' support is Core's <c>ClaimCheck</c>'s job.
/// </summary>
public static partial class CitationCheck
{
    /// <summary>What replaces a removed quotation.</summary>
    public const string Removed = "[quote removed]";

    /// <summary>A finding for every citation marker [n] that names no source the tools returned.</summary>
    public static IReadOnlyList<string> UnknownMarkers(string answer, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(citations);
        return
        [
            .. Marker()
                .Matches(answer)
                .Select(Number)
                .Where(n => citations.All(c => c.Number != n))
                .Select(n => $"Citation [{n}] does not match any source the tools returned."),
        ];
    }

    /// <summary>The checked text and the findings.</summary>
    public static (string Text, IReadOnlyList<string> Findings) Check(
        string answer,
        IReadOnlyList<Citation> citations,
        ChatData data
    )
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(data);
        var byNumber = citations.ToDictionary(c => c.Number);
        var findings = new List<string>();
        var removed = 0;
        var text = Quotation()
            .Replace(answer, m =>
            {
                var quoted = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim();
                var marker = Marker().Match(answer, m.Index + m.Length);
                var adjacent =
                    marker.Success
                    && marker.Index - (m.Index + m.Length) <= 3
                    && byNumber.TryGetValue(Number(marker), out var c)
                        ? c
                        : null;
                if (adjacent is not null && Holds(data, adjacent, quoted))
                {
                    return m.Value;
                }
                // Cited records first, then any record the tools returned for this answer.
                var holder = Cited(answer, byNumber)
                    .Concat(byNumber.Values)
                    .FirstOrDefault(x => Holds(data, x, quoted));
                if (holder is not null && adjacent is not null)
                {
                    findings.Add(
                        $"Citation [{adjacent.Number}] after \"{Short(quoted)}\" pointed at a "
                            + $"record that does not contain it; it now points at [{holder.Number}]."
                    );
                    return m.Value; // the marker is re-pointed below
                }
                if (holder is not null)
                {
                    return Cited(answer, byNumber).Contains(holder) ? m.Value : $"{m.Value} [{holder.Number}]";
                }
                removed++;
                findings.Add(
                    $"The quotation \"{Short(quoted)}\" is not the words of any record the "
                        + $"answer cites; it was removed."
                );
                return Removed;
            });
        text = Repoint(text, byNumber, data);
        text = DropMisdirected(text, byNumber, data, findings);
        if (removed > 0)
        {
            text = text.TrimEnd() + $"\n\n({removed} quotation(s) removed: not the words of a cited record.)";
        }
        return (text, findings);
    }

    private static string Repoint(string text, Dictionary<int, Citation> byNumber, ChatData data) =>
        QuoteThenMarker()
            .Replace(text, m =>
            {
                var quoted = (m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value).Trim();
                if (
                    !byNumber.TryGetValue(
                        int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                        out var c
                    ) || Holds(data, c, quoted)
                )
                {
                    return m.Value;
                }
                var holder = byNumber.Values.FirstOrDefault(x => Holds(data, x, quoted));
                return holder is null ? m.Value : m.Value[..(m.Groups["n"].Index - m.Index)] + holder.Number + "]";
            });

    /// <summary>A marker in a sentence naming a touchpoint must cite a record annotated with it.</summary>
    private static string DropMisdirected(
        string text,
        Dictionary<int, Citation> byNumber,
        ChatData data,
        List<string> findings
    )
    {
        var touchpoints = data.Analysis.Catalog.Touchpoints;
        return Sentence()
            .Replace(text, s =>
            {
                var named = touchpoints
                    .Where(t => s.Value.Contains(t.Name, StringComparison.OrdinalIgnoreCase))
                    .Select(t => t.Id)
                    .ToList();
                if (named.Count == 0 || Quotation().IsMatch(s.Value))
                {
                    return s.Value;
                }
                return Marker()
                    .Replace(s.Value, m =>
                    {
                        if (
                            !byNumber.TryGetValue(Number(m), out var c) || !data.TryFind(c.EvidenceId, out _, out var i)
                        )
                        {
                            return m.Value;
                        }
                        if (data.Analysis.Annotations[i].Touchpoints.Any(t => named.Contains(t.TouchpointId)))
                        {
                            return m.Value;
                        }
                        findings.Add(
                            $"Citation [{c.Number}] does not concern "
                                + $"{string.Join(" or ", named.Select(data.NameOf))}; it was removed."
                        );
                        return "";
                    });
            });
    }

    private static List<Citation> Cited(string answer, Dictionary<int, Citation> byNumber) =>
        [.. Marker().Matches(answer).Select(Number).Distinct().Where(byNumber.ContainsKey).Select(n => byNumber[n])];

    private static bool Holds(ChatData data, Citation citation, string quoted) =>
        data.TryFind(citation.EvidenceId, out var record, out _)
        && data.Redacted(record).Text.Contains(quoted, StringComparison.Ordinal);

    private static int Number(Match m) =>
        int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "…";

    [GeneratedRegex("\"(?<a>[^\"\\n]{12,})\"|“(?<b>[^”\\n]{12,})”")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\[(?<n>\d+)\]")]
    private static partial Regex Marker();

    [GeneratedRegex("(?:\"(?<a>[^\"\\n]{12,})\"|“(?<b>[^”\\n]{12,})”)\\s{0,3}\\[(?<n>\\d+)\\]")]
    private static partial Regex QuoteThenMarker();

    [GeneratedRegex(@"[^.!?\n]+[.!?]*")]
    private static partial Regex Sentence();
}
