namespace CxAssistant.Ingestion;

/// <summary>
/// Default input limits and their command-line names, in one place so help texts, messages and the README agree.
/// Limits bound the time and memory a hostile or broken file can cost before any analysis starts.
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// 1 M characters: longer than any review or transcript turn, small enough to annotate in a second.
    /// </summary>
    public const int DefaultMaxFieldChars = 1_000_000;

    public const int DefaultMaxRecordChars = 2_000_000;

    public const int DefaultMaxFrontMatterBytes = 64 * 1024;

    /// <summary>System.Text.Json's own default.</summary>
    public const int DefaultMaxJsonDepth = 64;

    public const string FieldOption = "--max-field-chars";
    public const string RecordOption = "--max-record-chars";
    public const string FrontMatterOption = "--max-front-matter-bytes";
    public const string YamlOption = "--max-yaml-alias-nodes";
    public const string JsonDepthOption = "--max-json-depth";
    public const string FileOption = "--max-file-mb";

    /// <summary>The limits in force, one line each, for `--help` and the README.</summary>
    public static IEnumerable<string> Describe(IngestOptions options)
    {
        yield return $"file size {options.MaxFileBytes / (1024 * 1024)} MiB ({FileOption})";
        yield return $"field {options.MaxFieldChars:N0} characters ({FieldOption})";
        yield return $"record {options.MaxRecordChars:N0} characters ({RecordOption})";
        yield return $"front matter {options.MaxFrontMatterBytes:N0} bytes ({FrontMatterOption})";
        yield return $"YAML alias expansion {options.MaxYamlAliasNodes:N0} nodes ({YamlOption})";
        yield return $"JSON depth {options.MaxJsonDepth} ({JsonDepthOption})";
    }
}
