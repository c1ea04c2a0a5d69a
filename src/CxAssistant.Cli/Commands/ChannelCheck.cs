using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// --channel names a channel for every record or the channel column. A value that is neither (a typo such as
/// "carrier-pigeon") would skip every table file one by one and still write a report from the rest; this check stops
/// first, with the valid channel names and the columns the tables have. Tables larger than
/// <see cref="MaxCheckedBytes"/> are not read twice for it (the run still reports them file by file).
/// </summary>
internal static class ChannelCheck
{
    public const long MaxCheckedBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The one-line problem with <paramref name="options"/>' channel, or null when it names a channel or a column.
    /// </summary>
    public static string? Problem(IEnumerable<string> paths, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (
            string.IsNullOrWhiteSpace(options.Channel)
            || options.ForcedChannel is not null
            || !string.IsNullOrWhiteSpace(options.ChannelColumn)
        )
        {
            return null;
        }
        var tables = paths
            .SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Where(f =>
                File.Exists(f) && Path.GetExtension(f).ToLowerInvariant() is ".csv" or ".tsv" or ".json" or ".jsonl"
            )
            .Select(f => (Path: f, Display: Path.GetFileName(f)))
            .ToList();
        if (tables.Count == 0 || tables.Any(f => new FileInfo(f.Path).Length > MaxCheckedBytes))
        {
            return null;
        }
        var columns = new List<string>();
        foreach (var (path, display) in tables)
        {
            var preview = ColumnPreview.Read(path, display, options with { Channel = null }, sampleRows: 0);
            if (preview.Columns.Contains(options.Channel.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }
            columns.AddRange(preview.Columns);
        }
        var known = string.Join(", ", columns.Distinct(StringComparer.OrdinalIgnoreCase).Take(12));
        return $"--channel '{options.Channel}' is neither a channel "
            + $"({string.Join(", ", Enum.GetValues<Channel>().Select(c => c.ToName()))}) "
            + $"nor a column of the "
            + $"files given ({known}{(columns.Count > 12 ? ", …" : "")}).";
    }
}
