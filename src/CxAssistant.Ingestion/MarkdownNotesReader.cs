using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion.Yaml;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CxAssistant.Ingestion;

/// <summary>
/// Reads Markdown notes (sales-call notes, analytics summaries). Each paragraph and list item is a record
/// with Metadata["section"] = its heading path ("Acme call &gt; Pain points"); each table row is a record
/// whose text reads "Header: value; …" and whose cells are metadata. Channel: front matter, else analytics
/// when the file name says so, else sales-note. Code and HTML blocks are skipped.
/// </summary>
internal static class MarkdownNotesReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .Build();

    public static void Read(string text, FileReadContext context)
    {
        context.Format = "markdown";
        RefuseDeepNesting(text, context);
        var document = Markdown.Parse(text, Pipeline);
        var info = new TranscriptInfo();
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } front)
        {
            ApplyFrontMatter(front, info, context);
        }
        TranscriptHeader.ApplyFileName(context.FileName, info);
        var channel = context.Options.ForcedChannel
            ?? info.Channel
            ?? (
                context.FileName.Contains("analytics", StringComparison.OrdinalIgnoreCase)
                    ? Channel.Analytics
                    : Channel.SalesNote
            );
        var walker = new Walker(context, info, channel);
        walker.Visit(document);
    }

    /// <summary>Deepest list indentation (columns) and quote nesting read; notes never come close.</summary>
    internal const int MaxIndent = 256,
        MaxQuoteDepth = 32;

    /// <summary>
    /// Markdig's time grows with the square of the nesting (3,000 nested list items: 95 s), so nesting far beyond
    /// any real note is refused before parsing, with the line.
    /// </summary>
    private static void RefuseDeepNesting(string text, FileReadContext context)
    {
        int line = 1,
            column = 0,
            quotes = 0;
        var atStart = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, quotes, atStart) = (line + 1, 0, 0, true);
                if ((line & 4095) == 0)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                }
                continue;
            }
            if (!atStart)
            {
                continue;
            }
            if (c is ' ')
            {
                column++;
            }
            else if (c is '\t')
            {
                column += 4;
            }
            else if (c is '>')
            {
                quotes++;
            }
            else
            {
                atStart = false;
            }
            if (column > MaxIndent || quotes > MaxQuoteDepth)
            {
                throw new InputFileException(
                    $"line {line}: nested deeper than Markdown notes go ({MaxIndent} columns of "
                        + $"indentation or {MaxQuoteDepth} quote levels); not read",
                    line
                );
            }
        }
    }

    private static void ApplyFrontMatter(YamlFrontMatterBlock front, TranscriptInfo info, FileReadContext context)
    {
        var yaml = front.Lines.ToString();
        var limit = context.Options.MaxFrontMatterBytes;
        var bytes = System.Text.Encoding.UTF8.GetByteCount(yaml);
        if (bytes > limit)
        {
            context.Skip(
                front.Line + 1,
                $"front matter is {bytes:N0} bytes, more than the {limit:N0} limit "
                    + $"({InputLimits.FrontMatterOption}); read the notes without it"
            );
            return;
        }
        var limits = new YamlLimits(context.Options.MaxYamlAliasNodes);
        if (FrontMatter.Apply(yaml, info, limits) is { } error)
        {
            var hint = error.Contains("refused", StringComparison.Ordinal) ? $" (limit: {InputLimits.YamlOption})" : "";
            context.Skip(front.Line + 1, $"front matter is not valid YAML ({error}){hint}; read the notes without it");
        }
    }

    private sealed class Walker(FileReadContext context, TranscriptInfo info, Channel channel)
    {
        private readonly List<string> _headings = [];

        public void Visit(ContainerBlock container)
        {
            foreach (var block in container)
            {
                context.ThrowIfCancelled(block.Line);
                switch (block)
                {
                    case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock:
                        break;
                    case HeadingBlock heading:
                        while (_headings.Count >= heading.Level)
                        {
                            _headings.RemoveAt(_headings.Count - 1);
                        }
                        while (_headings.Count < heading.Level - 1)
                        {
                            _headings.Add("");
                        }
                        _headings.Add(MarkdownText.Of(heading.Inline));
                        break;
                    case ParagraphBlock paragraph:
                        Add(MarkdownText.Of(paragraph.Inline), paragraph.Line);
                        break;
                    case ListItemBlock item:
                        VisitListItem(item);
                        break;
                    case Table table:
                        VisitTable(table);
                        break;
                    case ContainerBlock inner:
                        Visit(inner);
                        break;
                }
            }
        }

        /// <summary>An item's own paragraphs form one record; nested lists become records of their own.</summary>
        private void VisitListItem(ListItemBlock item)
        {
            var own = item.OfType<ParagraphBlock>()
                .Select(p => MarkdownText.Of(p.Inline))
                .Where(t => t.Length > 0)
                .ToList();
            if (own.Count > 0)
            {
                Add(string.Join("\n", own), item.Line);
            }
            foreach (var nested in item.OfType<ContainerBlock>())
            {
                Visit(nested);
            }
        }

        private void VisitTable(Table table)
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader);
            var names = new TabularData();
            foreach (var cell in header?.OfType<TableCell>() ?? [])
            {
                names.AddColumn(CellText(cell));
            }
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                var cells = row.OfType<TableCell>().Select(CellText).ToList();
                while (names.Columns.Count < cells.Count)
                {
                    names.AddColumn(null);
                }
                var pairs = cells
                    .Select((value, i) => (Key: names.Columns[i], Value: value))
                    .Where(p => p.Value.Length > 0)
                    .ToList();
                if (pairs.Count == 0)
                {
                    continue;
                }
                var text = string.Join("; ", pairs.Select(p => $"{p.Key}: {p.Value}"));
                Add(text, row.Line, pairs.Select(p => (p.Key, (string?)p.Value)).ToArray());
            }
        }

        private static string CellText(TableCell cell) =>
            string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => MarkdownText.Of(p.Inline))).Trim();

        private void Add(string text, int zeroBasedLine, params (string Key, string? Value)[] extras)
        {
            if (text.Length == 0)
            {
                return;
            }
            var line = zeroBasedLine + 1;
            var recordId = line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var section = string.Join(" > ", _headings.Where(h => h.Length > 0));
            var metadata = info.MetadataWith([("section", section.Length > 0 ? section : null), .. extras]);
            context.Add(
                new EvidenceRecord
                {
                    Id = context.Hash(recordId, text),
                    RecordId = recordId,
                    Source = context.At(line),
                    Channel = channel,
                    Text = text,
                    CustomerId = info.CustomerId,
                    Timestamp = info.Timestamp,
                    Metadata = metadata,
                }
            );
        }
    }
}
