namespace CxAssistant.Data.Chunking;

/// <summary>
/// Packs consecutive segments into chunks of at most MaxTokens word tokens. The next chunk starts with the
/// previous chunk's last whole segments worth up to the overlap budget, so a thought cut at a boundary is
/// still whole in one of the two chunks. A section start (heading) always opens a new chunk without overlap.
/// </summary>
internal static class ChunkPacker
{
    public static IEnumerable<(int Start, int End, string? Heading)> Pack(
        IReadOnlyList<TextSegment> segments,
        ChunkingOptions options
    )
    {
        var i = 0;
        while (i < segments.Count)
        {
            var tokens = segments[i].Tokens;
            var j = i + 1;
            var onlyHeadings = segments[i].StartsSection;
            // A heading opens a new chunk, except right after headings only ("# Call" then "## Pain points").
            while (
                j < segments.Count
                && (!segments[j].StartsSection || onlyHeadings)
                && tokens + segments[j].Tokens <= options.MaxTokens
            )
            {
                onlyHeadings &= segments[j].StartsSection;
                tokens += segments[j++].Tokens;
            }
            yield return (segments[i].Start, segments[j - 1].End, segments[i].Heading);
            if (j >= segments.Count)
            {
                yield break;
            }
            var next = j;
            if (!segments[j].StartsSection)
            {
                // Overlap only when the segment that ended the chunk still fits after it, else the next chunk would
                // repeat the overlap alone.
                var overlap = 0;
                var budget = Math.Min(options.OverlapTokens, options.MaxTokens - segments[j].Tokens);
                while (
                    next - 1 > i && !segments[next - 1].StartsSection && overlap + segments[next - 1].Tokens <= budget
                )
                {
                    overlap += segments[--next].Tokens;
                }
            }
            i = next;
        }
    }
}
