using System.Globalization;
using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "What did customer X say?": the customer's own words in time order (oldest first), each cited, with their scores;
/// or a plain "no such customer" that says what the data does hold. Agents' turns are counted, not quoted.
/// </summary>
internal sealed class CustomerAnswer(ChatToolbox tools)
{
    private const int MaxLines = 12;

    /// <summary>Writes the customer's records; returns their evidence ids (oldest first).</summary>
    public IReadOnlyList<string> Write(StringBuilder text, string who, IReadOnlyList<EvidenceRecord> records)
    {
        var ordered = records
            .OrderBy(r => r.Timestamp ?? DateTimeOffset.MaxValue)
            .ThenBy(r => r.Source.File, StringComparer.Ordinal)
            .ThenBy(r => r.Source.Line)
            .ToList();
        var own = ordered.Where(r => r.IsCustomerVoice && r.Text.Trim().Length > 0).ToList();
        var dated = ordered.Where(r => r.Timestamp is not null).ToList();
        var span = dated.Count == 0 ? "" : $" from {Day(dated[0])} to {Day(dated[^1])}";
        var channels = string.Join(
            ", ",
            ordered.GroupBy(r => ChannelNames.ToName(r.Channel)).Select(g => $"{g.Count()} {g.Key}")
        );
        text.AppendLine($"{who}: {ordered.Count} records{span} ({channels}).{Scores(ordered)}");
        if (own.Count == 0)
        {
            text.AppendLine("None of them are the customer's own words (only agents' notes or figures).");
            return [.. ordered.Select(r => r.Id)];
        }
        text.AppendLine("In their own words, oldest first:");
        foreach (var r in own.Take(MaxLines))
        {
            var citation = tools.Citations.CiteRecord(r);
            text.AppendLine(
                $"- {Day(r)} {ChannelNames.ToName(r.Channel)}{Score(r)}: \"{citation.Quote}\" [{citation.Number}]"
            );
        }
        if (own.Count > MaxLines)
        {
            text.AppendLine($"…and {own.Count - MaxLines} more; /sources N shows a record in full.");
        }
        return [.. own.Select(r => r.Id)];
    }

    /// <summary>The plain answer when the id matches no customer.</summary>
    public static void NoSuchCustomer(StringBuilder text, string id, CustomerDirectory directory)
    {
        if (directory.Count == 0)
        {
            text.AppendLine(
                $"There is no customer {id}: this data has no customer ids at all, so I cannot look anyone up. "
                    + "You can ask what customers say about a topic instead, e.g. \"what do "
                    + "customers say about staff?\""
            );
            return;
        }
        text.AppendLine(
            $"There is no customer {id} in this workspace: no record carries that id. "
                + $"The data holds {directory.Count} customer ids, spelled like {directory.Example}; "
                + $"try \"what did customer {directory.Example} say?\""
        );
    }

    /// <summary>
    /// "What score did they give us?": every NPS, rating, CSAT and CES answer of the customer, dated.
    /// </summary>
    public void WriteScores(StringBuilder text, string who, IReadOnlyList<EvidenceRecord> records)
    {
        var scored = records
            .Where(r => r.Nps is not null || r.Rating is not null || r.Csat is not null || r.Ces is not null)
            .OrderBy(r => r.Timestamp ?? DateTimeOffset.MaxValue)
            .ToList();
        if (scored.Count == 0)
        {
            text.AppendLine($"{who} gave no score (no NPS, rating, CSAT or effort answer) in this data.");
            return;
        }
        text.AppendLine($"{who}'s scores:");
        foreach (var r in scored)
        {
            var citation = tools.Citations.CiteRecord(r);
            text.AppendLine(
                $"- {Day(r)} {ChannelNames.ToName(r.Channel)}: {Score(r).Trim(' ', '(', ')')} [{citation.Number}]"
            );
        }
    }

    /// <summary>
    /// "Did they come back?": what the customer did after their most negative moment, from later records.
    /// </summary>
    public void WriteReturn(StringBuilder text, string who, IReadOnlyList<EvidenceRecord> records)
    {
        var own = records.Where(r => r.IsCustomerVoice && r.Timestamp is not null).OrderBy(r => r.Timestamp).ToList();
        if (own.Count == 0)
        {
            text.AppendLine($"{who}'s records carry no dates, so I cannot tell whether they came back.");
            return;
        }
        var worst = own.OrderBy(Sentiment).ThenBy(r => r.Timestamp).First();
        var later = own.Where(r => r.Timestamp!.Value.Date > worst.Timestamp!.Value.Date).ToList();
        var low = tools.Citations.CiteRecord(worst);
        if (later.Count == 0)
        {
            text.AppendLine(
                $"Not in this data: {who}'s low point was on {Day(worst)} (\"{low.Quote}\" [{low.Number}]) "
                    + "and there is no later record from them."
            );
            return;
        }
        var last = tools.Citations.CiteRecord(later[^1]);
        text.AppendLine(
            $"Yes: after their low point on {Day(worst)} (\"{low.Quote}\" [{low.Number}]), {who} came back: "
                + $"{later.Count} later record(s), the last on {Day(later[^1])}: "
                + $"\"{last.Quote}\"{Score(later[^1])} [{last.Number}]"
        );
    }

    private double Sentiment(EvidenceRecord r) =>
        tools.Data.TryFind(r.Id, out _, out var i) ? tools.Data.Analysis.Annotations[i].Sentiment : 0;

    private static string Scores(List<EvidenceRecord> records)
    {
        var nps = records.Where(r => r.Nps is not null).Select(r => $"NPS {r.Nps} on {Day(r)}").ToList();
        return nps.Count == 0 ? "" : " " + string.Join(", ", nps) + ".";
    }

    private static string Score(EvidenceRecord r)
    {
        var parts = new List<string>();
        if (r.Nps is { } nps)
        {
            parts.Add($"NPS {nps} of 10");
        }
        if (r.Rating is { } rating)
        {
            parts.Add($"{AnswerNumbers.N(rating)} of 5 stars");
        }
        if (r.Csat is { } csat)
        {
            parts.Add($"CSAT {AnswerNumbers.N(csat)} of 5");
        }
        if (r.Ces is { } ces)
        {
            parts.Add($"effort score {AnswerNumbers.N(ces)} of 7");
        }
        return parts.Count == 0 ? "" : " (" + string.Join(", ", parts) + ")";
    }

    internal static string Day(EvidenceRecord r) =>
        r.Timestamp?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
}
