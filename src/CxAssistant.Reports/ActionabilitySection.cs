using System.Globalization;
using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using static CxAssistant.Reports.MarkdownText;

namespace CxAssistant.Reports;

/// <summary>
/// "Follow-up": each record's actionability (<see cref="ActionabilityRule"/>) counted per touchpoint, and the records
/// that
/// need a reply, newest first, with the words that show it (already redacted, like every quote in the report).
/// </summary>
public static class ActionabilitySection
{
    /// <summary>Records listed under "Needs a reply"; the rest are counted (all are in follow-up.csv).</summary>
    public const int MaxListed = 25;

    /// <summary>Every record's action, in record order.</summary>
    public static IReadOnlyList<RecordAction> Read(AnalysisResult analysis) =>
        [.. analysis.Records.Select((r, i) => ActionabilityRule.Read(r, analysis.Annotations[i]))];

    /// <summary>Indices of the records that need a reply, newest first (undated last), then in source order.</summary>
    public static IReadOnlyList<int> NeedsReply(AnalysisResult analysis, IReadOnlyList<RecordAction> actions) =>
        [
            .. Enumerable
                .Range(0, actions.Count)
                .Where(i => actions[i].Kind == Actionability.NeedsReply)
                .OrderByDescending(i => analysis.Records[i].Timestamp ?? DateTimeOffset.MinValue)
                .ThenBy(i => i),
        ];

    public static void Write(StringBuilder sb, AnalysisResult analysis)
    {
        var actions = Read(analysis);
        var reply = NeedsReply(analysis, actions);
        var suggestions = actions.Count(a => a.Kind == Actionability.Suggestion);
        sb.AppendLine("## Follow-up: what needs a reply").AppendLine();
        sb.Append(reply.Count)
            .Append(" customer records need a reply (a question, a request for help or an unresolved ")
            .Append("complaint; transcript turns are left out, someone was already talking to the customer) and ")
            .Append(suggestions)
            .AppendLine(" are suggestions to consider. Method: docs/scoring.md, \"Actionability\".")
            .AppendLine();
        WriteCounts(sb, analysis, actions);
        if (reply.Count == 0)
        {
            return;
        }
        sb.AppendLine("**Needs a reply** (newest first):").AppendLine();
        foreach (var i in reply.Take(MaxListed))
        {
            var (r, a) = (analysis.Records[i], actions[i]);
            var tp = analysis.Annotations[i].PrimaryTouchpoint is { } id
                ? analysis.Catalog.Find(id)?.Name ?? id
                : "no touchpoint";
            var when = r.Timestamp?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            sb.Append("- ")
                .Append(when is null ? "" : when + ", ")
                .Append(Escape(tp))
                .Append(", ")
                .Append(Escape(a.Reason))
                .Append(r.CustomerId is { Length: > 0 } c ? ", customer " + Escape(c) : "")
                .Append(": ")
                .AppendLine(QuoteFormat.Inline(new Quote(r, a.Start, a.End)));
        }
        if (reply.Count > MaxListed)
        {
            sb.Append("- … and ").Append(reply.Count - MaxListed).AppendLine(" more: every one is in follow-up.csv.");
        }
        sb.AppendLine();
    }

    private static void WriteCounts(StringBuilder sb, AnalysisResult analysis, IReadOnlyList<RecordAction> actions)
    {
        var rows = analysis
            .Scoring.Touchpoints.Where(s => s.Mentions > 0)
            .Select(s =>
            {
                var records = Enumerable
                    .Range(0, actions.Count)
                    .Where(i => analysis.Annotations[i].Touchpoints.Any(m => m.TouchpointId == s.TouchpointId))
                    .ToList();
                return (
                    s.TouchpointId,
                    Reply: records.Count(i => actions[i].Kind == Actionability.NeedsReply),
                    Ideas: records.Count(i => actions[i].Kind == Actionability.Suggestion),
                    Records: records.Count
                );
            })
            .Where(x => x.Reply + x.Ideas > 0)
            .OrderByDescending(x => x.Reply)
            .ThenByDescending(x => x.Ideas)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }
        sb.AppendLine("| Touchpoint | Needs a reply | Suggestions | Nothing to do |")
            .AppendLine("|---|---:|---:|---:|");
        foreach (var x in rows)
        {
            sb.Append("| ")
                .Append(Escape(analysis.Catalog.Find(x.TouchpointId)?.Name ?? x.TouchpointId))
                .Append(" | ")
                .Append(x.Reply)
                .Append(" | ")
                .Append(x.Ideas)
                .Append(" | ")
                .Append(x.Records - x.Reply - x.Ideas)
                .AppendLine(" |");
        }
        sb.AppendLine();
    }
}
