using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads WebVTT captions (Teams, Zoom, Meet exports). The speaker comes from a voice tag
/// (&lt;v Sam&gt;…&lt;/v&gt;) or a "Sam: …" prefix; consecutive cues by the same speaker are merged into one turn,
/// since captioners split sentences at arbitrary times. NOTE blocks and the header may carry
/// "Customer: C-1042"-style lines.
/// </summary>
internal static partial class VttReader
{
    private sealed record Segment(string? Speaker, string Text, int Line, string Start, string End);

    public static void Read(string text, FileReadContext context)
    {
        context.Format = "vtt";
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var firstContent = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        if (firstContent < 0 || !lines[firstContent].TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw new InputFileException("not a WebVTT file: the first line must be WEBVTT", firstContent + 1);
        }

        var info = new TranscriptInfo();
        var segments = new List<Segment>();
        var badTimings = new List<(int Line, string Timing)>();
        var i = firstContent + 1;
        for (; i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            TranscriptHeader.TryApply(lines[i], info);
        }
        while (i < lines.Length)
        {
            context.ThrowIfCancelled(i);
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }
            var blockStart = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }
            ReadBlock(lines[blockStart..i], blockStart, info, segments, badTimings);
        }
        if (badTimings.Count > 0)
        {
            var (line, timing) = badTimings[0];
            var shown = timing.Length > 60 ? timing[..60] + "…" : timing;
            context.Skip(
                line,
                $"{badTimings.Count} cue timing(s) are not valid WebVTT times (first: '{shown}'; expected "
                    + "'00:01:02.500 --> 00:01:05.000', end after start); their text was kept without times"
            );
        }
        TranscriptHeader.ApplyFileName(context.FileName, info);
        var channel = context.Options.ForcedChannel
            ?? info.Channel
            ?? (
                context.FileName.Contains("chat", StringComparison.OrdinalIgnoreCase)
                    ? Channel.Chat
                    : Channel.SupportCall
            );
        AddTurns(Merge(segments), info, channel, context);
    }

    private static void ReadBlock(
        string[] block,
        int offset,
        TranscriptInfo info,
        List<Segment> segments,
        List<(int Line, string Timing)> badTimings
    )
    {
        if (block[0].StartsWith("NOTE", StringComparison.Ordinal))
        {
            foreach (var line in block)
            {
                TranscriptHeader.TryApply(line.StartsWith("NOTE", StringComparison.Ordinal) ? line[4..] : line, info);
            }
            return;
        }
        var timing = Array.FindIndex(block, l => l.Contains("-->", StringComparison.Ordinal));
        if (timing < 0)
        {
            return; // STYLE, REGION and stray text carry no speech
        }
        var times = block[timing].Split("-->", 2);
        var start = times[0].Trim();
        var end = times[1].Trim().Split(' ', 2)[0];
        if (CueTime(start) is not { } from || CueTime(end) is not { } to || to < from)
        {
            badTimings.Add((offset + timing + 1, block[timing].Trim()));
            (start, end) = ("", "");
        }
        string? speaker = null;
        foreach (var raw in block[(timing + 1)..])
        {
            var voice = Voice().Match(raw);
            if (voice.Success)
            {
                speaker = voice.Groups[1].Value.Trim();
            }
            var line = WebUtility.HtmlDecode(Tags().Replace(raw, "")).Trim().TrimStart('-', ' ');
            if (!voice.Success && SpeakerTurn.TryParse(line, out var turn))
            {
                (speaker, line) = (turn.Speaker, turn.Text);
            }
            if (line.Length > 0)
            {
                segments.Add(new Segment(speaker, line, offset + timing + 1, start, end));
            }
        }
    }

    private static List<Segment> Merge(List<Segment> segments)
    {
        var merged = new List<Segment>();
        foreach (var s in segments)
        {
            if (
                merged.Count > 0
                && s.Speaker is not null
                && string.Equals(merged[^1].Speaker, s.Speaker, StringComparison.OrdinalIgnoreCase)
            )
            {
                merged[^1] = merged[^1] with { Text = $"{merged[^1].Text} {s.Text}", End = s.End };
            }
            else
            {
                merged.Add(s);
            }
        }
        return merged;
    }

    private static void AddTurns(List<Segment> turns, TranscriptInfo info, Channel channel, FileReadContext context)
    {
        for (var n = 0; n < turns.Count; n++)
        {
            var turn = turns[n];
            var recordId = $"{context.FileName}#{n + 1}";
            context.Add(
                new EvidenceRecord
                {
                    Id = context.Hash(recordId, turn.Text),
                    RecordId = recordId,
                    Source = context.At(turn.Line),
                    Channel = channel,
                    Text = turn.Text,
                    Speaker = turn.Speaker,
                    CustomerId = info.CustomerId,
                    Timestamp = info.Timestamp,
                    Metadata = info.MetadataWith(("start", turn.Start), ("end", turn.End)),
                }
            );
        }
    }

    /// <summary>
    /// A WebVTT timestamp ("01:02.500", "1:01:02.500"; a comma as SRT writes it is accepted), or null.
    /// </summary>
    private static TimeSpan? CueTime(string value)
    {
        var match = Timestamp().Match(value);
        if (!match.Success)
        {
            return null;
        }
        int Part(string name) =>
            match.Groups[name].Success ? int.Parse(match.Groups[name].ValueSpan, CultureInfo.InvariantCulture) : 0;
        return new TimeSpan(0, Part("h"), Part("m"), Part("s"), Part("ms"));
    }

    [GeneratedRegex(@"\A(?:(?<h>\d{1,3}):)?(?<m>[0-5]\d):(?<s>[0-5]\d)[.,](?<ms>\d{3})\z")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"<v(?:\.[\w.-]+)?\s+([^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
