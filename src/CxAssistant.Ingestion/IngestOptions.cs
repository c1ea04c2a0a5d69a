using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion.Yaml;

namespace CxAssistant.Ingestion;

/// <summary>
/// How to read input files. Every column option overrides automatic detection for that role; naming a
/// column a file does not have skips that file with a message listing the columns it does have.
/// Column names match exactly first, then ignoring case, spacing and punctuation ("Review Text" = "review_text").
/// </summary>
public sealed record IngestOptions
{
    /// <summary>Files larger than this are skipped rather than read into memory (512 MiB).</summary>
    public const long DefaultMaxFileBytes = 512L * 1024 * 1024;

    public static IngestOptions Default { get; } = new();

    public string? TextColumn { get; init; }
    public string? IdColumn { get; init; }
    public string? TimeColumn { get; init; }
    public string? CustomerColumn { get; init; }
    public string? RatingColumn { get; init; }
    public string? NpsColumn { get; init; }
    public string? CsatColumn { get; init; }
    public string? CesColumn { get; init; }
    public string? ChannelColumn { get; init; }

    /// <summary>
    /// The user's <c>--channel</c> value. When it is a known channel name or alias (see
    /// <see cref="ChannelNames.TryParse"/>: "survey", "review", "support-call", "twitter"…) it forces that channel
    /// on every record of every file. Otherwise it is taken as the name of the channel COLUMN
    /// (like <see cref="ChannelColumn"/>, which wins when both are set). A known channel name always wins,
    /// so a column literally called "email" must be given with <see cref="ChannelColumn"/>.
    /// </summary>
    public string? Channel { get; init; }

    /// <summary>Largest file read, in bytes; bigger files are skipped with a reason.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>
    /// Longest single field (a cell, a JSON value, a paragraph or turn), in characters; longer ones are truncated with
    /// a note.
    /// </summary>
    public int MaxFieldChars { get; init; } = InputLimits.DefaultMaxFieldChars;

    /// <summary>
    /// Longest record (its text and every metadata value together), in characters; longer records are skipped with a
    /// note.
    /// </summary>
    public int MaxRecordChars { get; init; } = InputLimits.DefaultMaxRecordChars;

    /// <summary>Largest front matter of a Markdown note, in bytes; a larger one is ignored with a note.</summary>
    public int MaxFrontMatterBytes { get; init; } = InputLimits.DefaultMaxFrontMatterBytes;

    /// <summary>
    /// Most nodes YAML aliases may add when expanded (a YAML "alias bomb" adds billions); more is refused.
    /// </summary>
    public int MaxYamlAliasNodes { get; init; } = YamlLimits.DefaultMaxAliasNodes;

    /// <summary>Deepest nesting of JSON objects and arrays read.</summary>
    public int MaxJsonDepth { get; init; } = InputLimits.DefaultMaxJsonDepth;

    /// <summary>The channel forced on every record, when <see cref="Channel"/> names one.</summary>
    public Channel? ForcedChannel => ChannelNames.TryParse(Channel);

    /// <summary>
    /// The channel column to use: <see cref="ChannelColumn"/>, else <see cref="Channel"/> when it is not a channel
    /// name.
    /// </summary>
    public string? EffectiveChannelColumn =>
        !string.IsNullOrWhiteSpace(ChannelColumn) ? ChannelColumn
        : ForcedChannel is null && !string.IsNullOrWhiteSpace(Channel) ? Channel
        : null;
}
