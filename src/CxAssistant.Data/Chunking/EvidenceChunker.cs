using CxAssistant.Core.Evidence;

namespace CxAssistant.Data.Chunking;

/// <summary>
/// Cuts evidence records into chunks for embedding. Short feedback (at most MaxTokens word tokens) stays
/// whole. A transcript turn (Speaker set) is never merged with other turns; a long turn is split by sentences.
/// A long document (notes, long reviews and e-mails) is split by Markdown structure, then by sentences, with
/// overlap. Every chunk is a verbatim span of the record text. Run it on redacted records: the context prefix
/// repeats record text and metadata.
/// </summary>
public static class EvidenceChunker
{
    public static IReadOnlyList<EvidenceChunk> Chunk(EvidenceRecord record, ChunkingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        options ??= ChunkingOptions.Default;
        options.Validate();
        var text = record.Text;
        var basePrefix = BasePrefix(record);
        if (text.Length == 0)
        {
            return [];
        }
        if (text.Length <= options.MaxTokens || WordCounter.Count(text, 0, text.Length) <= options.MaxTokens)
        {
            return [new EvidenceChunk(record.Id, 0, 0, text.Length, text, basePrefix)];
        }

        var segments = Segments(record, options);
        var chunks = new List<EvidenceChunk>();
        foreach (var (start, end, heading) in ChunkPacker.Pack(segments, options))
        {
            chunks.Add(
                new EvidenceChunk(record.Id, chunks.Count, start, end, text[start..end], Join(basePrefix, heading))
            );
        }
        return chunks;
    }

    /// <summary>Chunks records one at a time, so a large ingest never holds every chunk in memory.</summary>
    public static IEnumerable<EvidenceChunk> ChunkAll(
        IEnumerable<EvidenceRecord> records,
        ChunkingOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            foreach (var chunk in Chunk(record, options))
            {
                yield return chunk;
            }
        }
    }

    /// <summary>"Customer:" for a transcript turn; the Markdown notes section path otherwise; else nothing.</summary>
    internal static string? BasePrefix(EvidenceRecord record)
    {
        if (!string.IsNullOrWhiteSpace(record.Speaker))
        {
            return SpeakerLabel(record.Speaker) + ":";
        }
        return record.Metadata.TryGetValue("section", out var section) && !string.IsNullOrWhiteSpace(section)
            ? section
            : null;
    }

    internal static string SpeakerLabel(string speaker)
    {
        var s = speaker.Trim();
        return s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    private static List<TextSegment> Segments(EvidenceRecord record, ChunkingOptions options)
    {
        var text = record.Text;
        var coarse = new List<TextSegment>();
        if (record.Speaker is null)
        {
            coarse = MarkdownSegmenter.Segment(text);
        }
        else
        {
            SentenceSplitter.Split(text, 0, text.Length, null, coarse);
        }

        var fine = new List<TextSegment>(coarse.Count);
        var sentences = new List<TextSegment>();
        foreach (var segment in coarse)
        {
            if (segment.Tokens <= options.MaxTokens)
            {
                fine.Add(segment);
                continue;
            }
            sentences.Clear();
            SentenceSplitter.Split(text, segment.Start, segment.End, segment.Heading, sentences);
            for (var k = 0; k < sentences.Count; k++)
            {
                var sentence = sentences[k] with { StartsSection = k == 0 && segment.StartsSection };
                if (sentence.Tokens <= options.MaxTokens)
                {
                    fine.Add(sentence);
                }
                else
                {
                    SplitByWords(text, sentence, options, fine);
                }
            }
        }
        return fine;
    }

    /// <summary>A run-on "sentence" longer than a chunk is cut every few words so overlap still works.</summary>
    private static void SplitByWords(string text, TextSegment sentence, ChunkingOptions options, List<TextSegment> into)
    {
        var size = Math.Max(1, options.OverlapTokens > 0 ? options.OverlapTokens : options.MaxTokens / 4);
        var start = sentence.Start;
        foreach (var cut in WordCounter.WordEnds(text, sentence.Start, sentence.End, size).Append(sentence.End))
        {
            var s = start;
            while (s < cut && char.IsWhiteSpace(text[s]))
            {
                s++;
            }
            if (cut > s)
            {
                into.Add(
                    new TextSegment(
                        s,
                        cut,
                        WordCounter.Count(text, s, cut),
                        sentence.Heading,
                        sentence.StartsSection && s == sentence.Start
                    )
                );
            }
            start = cut;
        }
    }

    private static string? Join(string? basePrefix, string? heading) =>
        heading is null ? basePrefix
        : basePrefix is null ? heading
        : basePrefix + " > " + heading;
}
