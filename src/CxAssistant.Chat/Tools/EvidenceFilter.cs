using System.Globalization;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// Filters over annotated evidence shared by the search and metrics tools: touchpoint, sentiment, channel, source,
/// segment ("field=value" against the record's metadata) and period (<c>yyyy-mm</c> or <c>yyyy-mm-dd</c>, since
/// inclusive, until exclusive; a bare month as <c>until</c> means up to the end of that month).
/// </summary>
public sealed record EvidenceFilter(
    string? TouchpointId = null,
    string? Sentiment = null,
    string? Channel = null,
    string? Source = null,
    string? Segment = null,
    DateTimeOffset? Since = null,
    DateTimeOffset? Until = null
)
{
    /// <summary>
    /// Builds a filter from tool arguments; throws <see cref="ArgumentException"/> naming the bad argument.
    /// </summary>
    public static EvidenceFilter Parse(
        string? touchpointId,
        string? sentiment,
        string? channel,
        string? source,
        string? segment,
        string? since,
        string? until
    )
    {
        if (sentiment is not null && !Enum.TryParse<SentimentLabel>(sentiment, ignoreCase: true, out _))
        {
            throw new ArgumentException(
                $"sentiment must be negative, neutral or positive, got '{sentiment}'.",
                nameof(sentiment)
            );
        }
        if (channel is not null && ChannelNames.TryParse(channel) is null)
        {
            throw new ArgumentException(
                $"unknown channel '{channel}' (survey, review, support-call, chat, "
                    + $"email, social, sales-note, analytics).",
                nameof(channel)
            );
        }
        if (segment is not null && !segment.Contains('=', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"segment must look like field=value (e.g. region=Mountain West), got '{segment}'.",
                nameof(segment)
            );
        }
        return new EvidenceFilter(
            Blank(touchpointId),
            Blank(sentiment),
            Blank(channel),
            Blank(source),
            Blank(segment),
            ParseDate(since, nameof(since), endOfMonth: false),
            ParseDate(until, nameof(until), endOfMonth: true)
        );
    }

    /// <summary>True when nothing is filtered.</summary>
    public bool IsEmpty => this == new EvidenceFilter();

    /// <summary>True when the record and its annotation pass every filter.</summary>
    public bool Matches(EvidenceRecord record, Annotation annotation)
    {
        if (TouchpointId is not null && !annotation.Touchpoints.Any(t => t.TouchpointId == TouchpointId))
        {
            return false;
        }
        if (
            Sentiment is not null
            && !annotation.SentimentLabel.ToString().Equals(Sentiment, StringComparison.OrdinalIgnoreCase)
        )
        {
            return false;
        }
        if (Channel is not null && record.Channel != ChannelNames.TryParse(Channel))
        {
            return false;
        }
        if (Source is not null && !record.Source.File.Contains(Source, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (Segment is not null)
        {
            var (field, value) = SplitSegment(Segment);
            if (
                !record.Metadata.TryGetValue(field, out var actual)
                && !TryGetIgnoreCase(record.Metadata, field, out actual)
            )
            {
                return false;
            }
            if (!string.Equals(actual?.Trim(), value, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (Since is not null && (record.Timestamp is null || record.Timestamp < Since))
        {
            return false;
        }
        if (Until is not null && (record.Timestamp is null || record.Timestamp >= Until))
        {
            return false;
        }
        return true;
    }

    /// <summary>"field=value" split and trimmed.</summary>
    public static (string Field, string Value) SplitSegment(string segment)
    {
        var at = segment.IndexOf('=', StringComparison.Ordinal);
        return (segment[..at].Trim(), segment[(at + 1)..].Trim());
    }

    /// <summary>The filter in words, for answers ("touchpoint delivery, since 2026-09-01").</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (TouchpointId is not null)
        {
            parts.Add("touchpoint " + TouchpointId);
        }
        if (Sentiment is not null)
        {
            parts.Add(Sentiment.ToLowerInvariant() + " feedback");
        }
        if (Channel is not null)
        {
            parts.Add("channel " + Channel);
        }
        if (Source is not null)
        {
            parts.Add("source " + Source);
        }
        if (Segment is not null)
        {
            parts.Add("segment " + Segment);
        }
        if (Since is not null)
        {
            parts.Add("since " + Since.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (Until is not null)
        {
            parts.Add("before " + Until.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "all feedback" : string.Join(", ", parts);
    }

    private static bool TryGetIgnoreCase(IReadOnlyDictionary<string, string> metadata, string field, out string? value)
    {
        foreach (var (key, v) in metadata)
        {
            if (key.Equals(field, StringComparison.OrdinalIgnoreCase))
            {
                value = v;
                return true;
            }
        }
        value = null;
        return false;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTimeOffset? ParseDate(string? value, string name, bool endOfMonth)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, utc, out var day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }
        if (DateTime.TryParseExact(value.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, utc, out var month))
        {
            return new DateTimeOffset(endOfMonth ? month.AddMonths(1) : month, TimeSpan.Zero);
        }
        throw new ArgumentException($"{name} must be a date as yyyy-mm-dd or a month as yyyy-mm, got '{value}'.", name);
    }
}
