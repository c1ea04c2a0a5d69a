using System.Globalization;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads .txt files. With speaker turns ("Agent: …", "[00:01:02] Sam: …") each turn is a record with its
/// speaker, id "&lt;file&gt;#&lt;turn&gt;", channel support-call (chat when the file says chat); unprefixed lines
/// continue the previous turn. Without turns, each blank-line separated paragraph is a record (channel from
/// the file name, else other); a file with no blank lines at all is read one record per line, since such
/// files are lists of comments rather than prose. Header lines at the top set customer, date and channel.
/// </summary>
internal static class TextTranscriptReader
{
    public static void Read(string text, FileReadContext context)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var info = new TranscriptInfo();
        var first = SkipHeader(lines, info);
        TranscriptHeader.ApplyFileName(context.FileName, info);

        if (IsConversation(lines, first))
        {
            context.Format = "transcript";
            var saysChat =
                context.FileName.Contains("chat", StringComparison.OrdinalIgnoreCase)
                || lines.Take(first).Any(l => l.Contains("chat", StringComparison.OrdinalIgnoreCase));
            var channel = context.Options.ForcedChannel
                ?? info.Channel
                ?? (saysChat ? Channel.Chat : Channel.SupportCall);
            ReadTurns(lines, first, info, channel, context);
        }
        else
        {
            context.Format = "text";
            var channel = context.Options.ForcedChannel
                ?? info.Channel
                ?? ChannelInference.FromFileName(context.FileName)
                ?? Channel.Other;
            ReadParagraphs(lines, first, info, channel, context);
        }
    }

    /// <summary>
    /// Applies the header lines at the top and returns the first line after them. Up to two short title
    /// lines ("Chat transcript") may come before the headers.
    /// </summary>
    private static int SkipHeader(string[] lines, TranscriptInfo info)
    {
        var first = 0;
        var titles = new List<string>();
        while (first < lines.Length)
        {
            var line = lines[first];
            if (string.IsNullOrWhiteSpace(line) || TranscriptHeader.TryApply(line, info))
            {
                first++;
                continue;
            }
            var next = Array.FindIndex(lines, first + 1, l => !string.IsNullOrWhiteSpace(l));
            if (
                titles.Count < 2
                && line.Length <= 80
                && !SpeakerTurn.TryParse(line, out _)
                && next > 0
                && TranscriptHeader.TryApply(lines[next], new TranscriptInfo())
            )
            {
                titles.Add(line.Trim());
                first++;
                continue;
            }
            break;
        }
        if (titles.Count > 0)
        {
            info.Metadata["title"] = string.Join(" ", titles);
        }
        return first;
    }

    private static bool IsConversation(string[] lines, int first)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = first; i < lines.Length; i++)
        {
            if (SpeakerTurn.TryParse(lines[i], out var turn))
            {
                counts[turn.Speaker] = counts.GetValueOrDefault(turn.Speaker) + 1;
            }
        }
        var turns = counts.Values.Sum();
        return turns >= 2 && (counts.Values.Any(c => c >= 2) || counts.Keys.Any(SpeakerTurn.IsRoleName));
    }

    private static void ReadTurns(
        string[] lines,
        int first,
        TranscriptInfo info,
        Channel channel,
        FileReadContext context
    )
    {
        var preamble = new List<string>();
        (SpeakerTurn.Turn Turn, int Line, List<string> Text)? current = null;
        var number = 0;
        for (var i = first; i < lines.Length; i++)
        {
            context.ThrowIfCancelled(i);
            if (SpeakerTurn.TryParse(lines[i], out var turn))
            {
                Flush();
                current = (turn, i + 1, turn.Text.Length > 0 ? [turn.Text] : []);
            }
            else if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                (current?.Text ?? preamble).Add(lines[i].Trim());
            }
        }
        Flush();

        void Flush()
        {
            if (current is not { } c || c.Text.Count == 0)
            {
                return;
            }
            number++;
            var recordId = $"{context.FileName}#{number}";
            var body = string.Join("\n", c.Text);
            var fullDate =
                c.Turn.Time is { } t && t.Length > 8 && TimestampParser.TryParse(t, false, false, out var at)
                    ? at
                    : (DateTimeOffset?)null;
            context.Add(
                new EvidenceRecord
                {
                    Id = context.Hash(recordId, body),
                    RecordId = recordId,
                    Source = context.At(c.Line),
                    Channel = channel,
                    Text = body,
                    Speaker = c.Turn.Speaker,
                    CustomerId = info.CustomerId,
                    Timestamp = fullDate ?? info.Timestamp,
                    Metadata = info.MetadataWith(
                        ("time", fullDate is null ? c.Turn.Time : null),
                        ("preamble", preamble.Count > 0 ? string.Join(" ", preamble) : null)
                    ),
                }
            );
        }
    }

    private static void ReadParagraphs(
        string[] lines,
        int first,
        TranscriptInfo info,
        Channel channel,
        FileReadContext context
    )
    {
        // A blank line separates paragraphs when some content follows it (found from the end: one pass, not one per
        // blank line).
        var lastContent = Array.FindLastIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var hasBlankSeparator = false;
        for (var i = first; i < lastContent && !hasBlankSeparator; i++)
        {
            hasBlankSeparator = string.IsNullOrWhiteSpace(lines[i]);
        }
        var start = -1;
        for (var i = first; i <= lines.Length; i++)
        {
            context.ThrowIfCancelled(i);
            var blank = i == lines.Length || string.IsNullOrWhiteSpace(lines[i]);
            if (!blank && start < 0)
            {
                start = i;
            }
            if (start >= 0 && (blank || !hasBlankSeparator))
            {
                var end = blank ? i : i + 1;
                var body = string.Join("\n", lines[start..end].Select(l => l.Trim()));
                var recordId = (start + 1).ToString(CultureInfo.InvariantCulture);
                context.Add(
                    new EvidenceRecord
                    {
                        Id = context.Hash(recordId, body),
                        RecordId = recordId,
                        Source = context.At(start + 1),
                        Channel = channel,
                        Text = body,
                        CustomerId = info.CustomerId,
                        Timestamp = info.Timestamp,
                        Metadata = info.MetadataWith(),
                    }
                );
                start = -1;
            }
        }
    }
}
