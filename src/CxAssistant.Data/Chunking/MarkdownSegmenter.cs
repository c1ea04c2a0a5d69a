using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace CxAssistant.Data.Chunking;

/// <summary>
/// Cuts a document into its Markdown blocks (headings, paragraphs, list items, tables, code, quotes) with
/// exact source offsets. Each segment carries the heading path above it so a chunk can say which section it
/// came from; a heading starts a section, and the packer does not let a chunk or its overlap cross one.
/// Plain text (a long review or e-mail) parses as paragraphs split at blank lines.
/// </summary>
internal static class MarkdownSegmenter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .Build();

    public static List<TextSegment> Segment(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        var segments = new List<TextSegment>();
        var headings = new List<string>();
        Visit(text, document, headings, segments);
        return segments;
    }

    private static void Visit(string text, ContainerBlock container, List<string> headings, List<TextSegment> into)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    while (headings.Count >= heading.Level)
                    {
                        headings.RemoveAt(headings.Count - 1);
                    }
                    while (headings.Count < heading.Level - 1)
                    {
                        headings.Add("");
                    }
                    var parent = Path(headings);
                    var (hs, he) = Bounds(text, heading);
                    headings.Add(HeadingText(text, hs, he));
                    if (he > hs)
                    {
                        into.Add(new TextSegment(hs, he, WordCounter.Count(text, hs, he), parent, StartsSection: true));
                    }
                    break;
                case Table table: // rows and cells are containers; a table is one unit
                    Add(text, table, Path(headings), into);
                    break;
                case ListItemBlock item when item.All(b => b is LeafBlock):
                    Add(text, item, Path(headings), into);
                    break;
                case ContainerBlock inner:
                    Visit(text, inner, headings, into);
                    break;
                default:
                    Add(text, block, Path(headings), into);
                    break;
            }
        }
    }

    private static void Add(string text, Block block, string? heading, List<TextSegment> into)
    {
        var (start, end) = Bounds(text, block);
        if (end <= start)
        {
            return;
        }
        // Widening to whole lines can make two blocks meet on one line (lazy continuations); merge, never overlap,
        // so the packer always moves forward.
        if (into.Count > 0 && start < into[^1].End)
        {
            var last = into[^1];
            var mergedEnd = Math.Max(last.End, end);
            into[^1] = last with { End = mergedEnd, Tokens = WordCounter.Count(text, last.Start, mergedEnd) };
            return;
        }
        into.Add(new TextSegment(start, end, WordCounter.Count(text, start, end), heading));
    }

    /// <summary>
    /// Markdown blocks are whole lines, but Markdig's spans can stop short of them (pipe tables drop the outer
    /// '|', container markers like "- " or "> " sit outside a paragraph's span). Widen to whole lines, then trim
    /// whitespace, so segments are tight, exclusive ranges that keep markers and table edges.
    /// </summary>
    private static (int Start, int End) Bounds(string text, Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, text.Length);
        var end = Math.Clamp(block.Span.End + 1, start, text.Length);
        start = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = end == 0 ? -1 : text.IndexOf('\n', Math.Max(start, end - 1));
        end = lineEnd < 0 ? text.Length : lineEnd;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static string HeadingText(string text, int start, int end) =>
        text[start..end].Trim().TrimStart('#').TrimEnd('#').Trim();

    private static string? Path(List<string> headings)
    {
        var parts = headings.Where(h => h.Length > 0).ToList();
        return parts.Count == 0 ? null : string.Join(" > ", parts);
    }
}
