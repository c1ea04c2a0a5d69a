using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;

namespace CxAssistant.Chat.Citations;

/// <summary>
/// Numbers the citations of one answer (1, 2, 3… across every tool the answer used); the same quote of the same
/// record keeps its number. Quotes are cut from redacted text at word boundaries and stay verbatim spans of it.
/// </summary>
public sealed class CitationBook(ChatData data)
{
    /// <summary>Longest quote kept, in characters.</summary>
    public const int MaxQuoteLength = 240;

    private readonly List<Citation> _citations = [];
    private readonly Lock _lock = new();

    /// <summary>The citations so far, in number order.</summary>
    public IReadOnlyList<Citation> All
    {
        get
        {
            lock (_lock)
            {
                return [.. _citations];
            }
        }
    }

    /// <summary>Cites the span [start, end) of the record's original text, quoting its redacted counterpart.</summary>
    public Citation Cite(EvidenceRecord record, int start, int end)
    {
        var redaction = data.Redacted(record);
        var range = redaction.ToRedacted(
            Math.Clamp(start, 0, record.Text.Length),
            Math.Clamp(end, 0, record.Text.Length)
        );
        return CiteRedacted(record, redaction.Text, range.Start, range.End);
    }

    /// <summary>Cites a quote given by its evidence id and span (persona, job and hypothesis quotes).</summary>
    public Citation? Cite(EvidenceQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return data.TryFind(quote.EvidenceId, out var record, out _) ? Cite(record, quote.Start, quote.End) : null;
    }

    /// <summary>Cites a whole record (its redacted text, shortened at a word boundary).</summary>
    public Citation CiteRecord(EvidenceRecord record)
    {
        var text = data.Redacted(record).Text;
        return CiteRedacted(record, text, 0, text.Length);
    }

    /// <summary>
    /// The quote <see cref="CiteRedacted"/> would make of this span, without citing it: callers that skip repeated
    /// quotes check first, so a skipped quote never gets a number.
    /// </summary>
    public static string QuoteOf(string redactedText, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(redactedText);
        // Text addressed to a machine is never quoted as a customer's words: cite the stretch around it.
        (start, end) = PayloadFree.Within(
            redactedText,
            Math.Clamp(start, 0, redactedText.Length),
            Math.Clamp(end, 0, redactedText.Length)
        );
        return Shorten(redactedText, start, end);
    }

    /// <summary>Cites a span of the record's redacted text (search hits are redacted already).</summary>
    public Citation CiteRedacted(EvidenceRecord record, string redactedText, int start, int end)
    {
        var quote = QuoteOf(redactedText, start, end);
        lock (_lock)
        {
            var existing = _citations.FirstOrDefault(c => c.EvidenceId == record.Id && c.Quote == quote);
            if (existing is not null)
            {
                return existing;
            }
            var citation = new Citation(
                _citations.Count + 1,
                record.Id,
                record.RecordId,
                record.Source.File,
                record.Source.Line,
                ChannelNames.ToName(record.Channel),
                quote
            );
            _citations.Add(citation);
            return citation;
        }
    }

    /// <summary>
    /// The trimmed span, cut at the last word boundary before <see cref="MaxQuoteLength"/>; still a verbatim substring.
    /// </summary>
    internal static string Shorten(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var span = text[start..end].Trim();
        if (span.Length <= MaxQuoteLength)
        {
            return span;
        }
        var cut = span.LastIndexOf(' ', MaxQuoteLength);
        return span[..(cut > MaxQuoteLength / 2 ? cut : MaxQuoteLength)].TrimEnd();
    }
}
