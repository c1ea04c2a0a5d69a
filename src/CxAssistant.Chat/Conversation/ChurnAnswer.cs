using System.Text;
using CxAssistant.Chat.Offline;
using CxAssistant.Chat.Tools;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Metrics;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// "Why are people leaving?", "who is at risk?", "are they switching to competitors?": the churn signals the core
/// counts
/// (cancel requests, "never again", switching phrases, in customers' own words), what those customers and the
/// detractors complain about, and the records behind it.
/// </summary>
internal sealed class ChurnAnswer(ChatToolbox tools)
{
    private const int MaxQuotes = 5;

    /// <summary>Kinds of churn question.</summary>
    public enum Kind
    {
        WhyLeaving,
        AtRisk,
        Switching,
        NeverAgain,
    }

    /// <summary>Writes the answer; returns the evidence ids behind it.</summary>
    public IReadOnlyList<string> Write(StringBuilder text, Kind kind)
    {
        var signals = Signals();
        var retention = tools.Data.Analysis.Engagement?.Retention;
        switch (kind)
        {
            case Kind.Switching:
                return List(
                    text,
                    signals.Where(s => s.Switching).ToList(),
                    "mention switching or a competitor",
                    "No customer says they switched to a competitor or went elsewhere."
                );
            case Kind.NeverAgain:
                return List(
                    text,
                    signals.Where(s => s.NeverAgain).ToList(),
                    "say they will not come back",
                    "No customer says in so many words that they will not come back."
                );
            case Kind.AtRisk:
                return AtRisk(text, signals);
        }
        var customers = retention?.ChurnSignalCustomers ?? signals.Select(s => s.Record.CustomerKey).Distinct().Count();
        if (signals.Count == 0)
        {
            text.AppendLine("Nobody in this data says they are leaving, cancelling or switching in so many words.");
        }
        else
        {
            var rate = retention is null ? "" : $" ({AnswerNumbers.N(retention.ChurnSignalRate * 100)}% of customers)";
            text.AppendLine(
                $"{customers} customers{rate} say they are leaving: {signals.Count(s => s.Cancel)} cancel requests, "
                    + $"{signals.Count(s => s.NeverAgain)} \"never again\", "
                    + $"{signals.Count(s => s.Switching)} switching or competitor mentions."
            );
            Quotes(text, signals.Select(s => s.Record));
        }
        var ids = new List<string>(signals.Select(s => s.Record.Id));
        ids.AddRange(new DetractorReasons(tools).Write(text));
        return ids;
    }

    private IReadOnlyList<string> List(StringBuilder text, List<Signal> found, string what, string none)
    {
        if (found.Count == 0)
        {
            text.AppendLine(none);
            var reasons = new DetractorReasons(tools).Write(text);
            if (reasons.Count == 0)
            {
                text.AppendLine("You can ask \"what annoys my customers most?\" instead.");
            }
            return reasons;
        }
        var customers = found.Select(s => s.Record.CustomerKey).Distinct().Count();
        text.AppendLine($"{customers} customers ({found.Count} records) {what}:");
        Quotes(text, found.Select(s => s.Record));
        return [.. found.Select(s => s.Record.Id)];
    }

    private IReadOnlyList<string> AtRisk(StringBuilder text, List<Signal> signals)
    {
        var analysis = tools.Data.Analysis;
        var negative = new Dictionary<string, List<EvidenceRecord>>(StringComparer.Ordinal);
        var detractors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var r = analysis.Records[i];
            if (!r.IsCustomerVoice || string.IsNullOrWhiteSpace(r.CustomerId))
            {
                continue;
            }
            if (r.Nps is >= 0 and <= 6)
            {
                detractors.Add(r.CustomerId);
            }
            if (analysis.Annotations[i].SentimentLabel != SentimentLabel.Negative)
            {
                continue;
            }
            if (!negative.TryGetValue(r.CustomerId, out var list))
            {
                negative[r.CustomerId] = list = [];
            }
            list.Add(r);
        }
        var flagged = signals
            .Where(s => s.Record.CustomerId is not null)
            .Select(s => s.Record.CustomerId!)
            .ToHashSet(StringComparer.Ordinal);
        var risk = negative
            .Where(kv => flagged.Contains(kv.Key) || (detractors.Contains(kv.Key) && kv.Value.Count >= 2))
            .OrderByDescending(kv => flagged.Contains(kv.Key))
            .ThenByDescending(kv => kv.Value.Count)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToList();
        if (risk.Count == 0)
        {
            text.AppendLine("No customer with an id shows a churn signal or repeated complaints with a low score.");
            return [];
        }
        text.AppendLine(
            $"{risk.Count} customers are at risk (they said they are leaving, or gave a low score and complained "
                + "at least twice); most at risk first:"
        );
        var ids = new List<string>();
        foreach (var (customer, records) in risk.Take(8))
        {
            var latest = records.OrderBy(r => r.Timestamp ?? DateTimeOffset.MinValue).Last();
            var citation = tools.Citations.CiteRecord(latest);
            var why = flagged.Contains(customer) ? "said they are leaving" : $"{records.Count} complaints, low score";
            text.AppendLine($"- {customer} ({why}): \"{citation.Quote}\" [{citation.Number}]");
            ids.AddRange(records.Select(r => r.Id));
        }
        if (risk.Count > 8)
        {
            text.AppendLine($"…and {risk.Count - 8} more.");
        }
        return ids;
    }

    private void Quotes(StringBuilder text, IEnumerable<EvidenceRecord> records)
    {
        foreach (var r in records.DistinctBy(r => tools.Data.Redacted(r).Text).Take(MaxQuotes))
        {
            var c = tools.Citations.CiteRecord(r);
            var about =
                tools.Data.TryFind(r.Id, out _, out var i)
                && tools.Data.Analysis.Annotations[i].PrimaryTouchpoint is { } tp
                    ? $" ({tools.Data.NameOf(tp)})"
                    : "";
            text.AppendLine($"- \"{c.Quote}\"{about} [{c.Number}]");
        }
    }

    private sealed record Signal(EvidenceRecord Record, bool Cancel, bool NeverAgain, bool Switching);

    /// <summary>
    /// Customers' own records (no staff notes) with a churn signal, by the core's rules (<see cref="Retention"/>).
    /// </summary>
    private List<Signal> Signals()
    {
        var analysis = tools.Data.Analysis;
        var found = new List<Signal>();
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            var r = analysis.Records[i];
            if (!r.IsCustomersOwnWords)
            {
                continue;
            }
            var text = r.Text.Replace('’', '\'');
            var cancel = analysis.Annotations[i].JobState == JobStateEvent.Cancel;
            var never = Retention.NeverAgainPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            var switching = Retention.SwitchingPhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));
            if (cancel || never || switching)
            {
                found.Add(new Signal(r, cancel, never, switching));
            }
        }
        return found;
    }
}
