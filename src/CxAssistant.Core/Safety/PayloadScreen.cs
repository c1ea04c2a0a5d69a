using System.Buffers;
using System.Text.RegularExpressions;

namespace CxAssistant.Core.Safety;

/// <summary>
/// Finds the parts of a customer text that address a machine instead of describing an experience: text addressed to an
/// AI or an analyst, recognised by what it does (<see cref="InstructionScreen"/>, sentence by sentence, in English,
/// Spanish, French and German), markup and code
/// (tags, a closing tag that breaks out of its record, links, JSON objects) and encoded blobs. Customer text is
/// untrusted: the offline annotator reads around these spans, so a review cannot steer its own labels and scores. The
/// text itself is never changed (quotes stay verbatim); <see cref="Mask"/> blanks the spans with spaces so offsets
/// hold.
/// </summary>
public static class PayloadScreen
{
    /// <summary>What a payload span is.</summary>
    public enum Kind
    {
        /// <summary>
        /// Text addressed to an AI or an analyst (an instruction, a role label, a chat-template region): the sentence,
        /// aside or region.
        /// </summary>
        Instruction,

        /// <summary>
        /// Markup, a link or a JSON object: the span itself. ("{{Order Number}}" is an export's anonymised value, not
        /// markup.)
        /// </summary>
        Markup,

        /// <summary>A long base64-like run of characters.</summary>
        Blob,
    }

    public readonly record struct Span(int Start, int End, Kind Kind);

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private static readonly Regex MarkupPatterns = new(
        @"<script\b[\s\S]*?(?:</script\s*>|$)"
            + // a script and its body
            @"|</?[a-z][\w-]*(?:\s[^<>]*)?/?>"
            + // any other tag
            @"|!?\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)"
            + // Markdown link or image
            @"|\bhttps?://[^\s<>""']+"
            + // bare URL
            @"|\{\s*""[\w -]{1,40}""\s*:[^{}]{0,2000}\}", // JSON object
        Options,
        Timeout
    );

    private static readonly Regex ClosingTag = new(@"</([a-z][\w-]*)\s*>", Options, Timeout);
    private static readonly SearchValues<char> Base64 = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    );
    private const int BlobLength = 40;

    // Cheap test first: most feedback has none of these, and then no markup pattern can match.
    private static readonly SearchValues<string> Triggers = SearchValues.Create(
        ["<", "{", "](", "http"],
        StringComparison.OrdinalIgnoreCase
    );

    /// <summary>
    /// The payload spans of <paramref name="text"/>, in order, overlaps merged; empty for ordinary feedback.
    /// </summary>
    public static IReadOnlyList<Span> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return Merge(FindAll(text));
        }
        catch (RegexMatchTimeoutException)
        {
            // A text built to make the patterns backtrack is not customer feedback: none of it is read.
            return [new Span(0, text.Length, Kind.Instruction)];
        }
    }

    private static List<Span> FindAll(string text)
    {
        var spans = new List<Span>();
        foreach (var (start, end) in InstructionScreen.Find(text))
        {
            spans.Add(new Span(start, end, Kind.Instruction));
        }
        if (text.AsSpan().ContainsAny(Triggers))
        {
            // A closing tag nothing opened breaks out of the record it was pasted into ("…</record><record
            // id="admin">…").
            foreach (Match close in ClosingTag.Matches(text))
            {
                if (text.IndexOf("<" + close.Groups[1].Value, 0, close.Index, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    spans.Add(new Span(close.Index, text.Length, Kind.Instruction));
                    break;
                }
            }
            foreach (Match m in MarkupPatterns.Matches(text))
            {
                spans.Add(new Span(m.Index, m.Index + m.Length, Kind.Markup));
            }
        }
        if (text.Length >= BlobLength)
        {
            AddBlobs(text, spans);
        }
        return spans;
    }

    // Runs of 40+ base64 characters (with their = padding) that hold a digit, + or /, so not just a very long word.
    // A vectorised scan rather than a pattern: almost every record is long enough to need the check.
    private static void AddBlobs(string text, List<Span> spans)
    {
        var s = text.AsSpan();
        for (var i = 0; i < s.Length; )
        {
            var start = s[i..].IndexOfAny(Base64);
            if (start < 0)
            {
                return;
            }
            start += i;
            var length = s[start..].IndexOfAnyExcept(Base64);
            var end = length < 0 ? s.Length : start + length;
            if (end - start >= BlobLength && s[start..end].IndexOfAny("0123456789+/") >= 0)
            {
                var padded = end;
                while (padded < s.Length && padded - end < 2 && s[padded] == '=')
                {
                    padded++;
                }
                spans.Add(new Span(start, padded, Kind.Blob));
            }
            i = end;
        }
    }

    /// <summary>
    /// The text with every span blanked by spaces (same length, so offsets into it are offsets into the original).
    /// </summary>
    public static string Mask(string text, IReadOnlyList<Span> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        if (spans.Count == 0)
        {
            return text;
        }
        return string.Create(text.Length, (text, spans), static (buffer, state) =>
        {
            state.text.AsSpan().CopyTo(buffer);
            foreach (var s in state.spans)
            {
                buffer[s.Start..s.End].Fill(' ');
            }
        });
    }

    private static List<Span> Merge(List<Span> spans)
    {
        if (spans.Count < 2)
        {
            return spans;
        }
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Span> { spans[0] };
        foreach (var s in spans.Skip(1))
        {
            var last = merged[^1];
            if (s.Start <= last.End)
            {
                merged[^1] = last with
                {
                    End = Math.Max(last.End, s.End),
                    Kind = s.End > last.End && s.Kind == Kind.Instruction ? Kind.Instruction : last.Kind,
                };
            }
            else
            {
                merged.Add(s);
            }
        }
        return merged;
    }
}
