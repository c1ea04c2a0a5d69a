namespace CxAssistant.Evals.Suites;

/// <summary>
/// A labelled JSONL file whose lines become cases: <see cref="TextField"/> is the record text, each field named in
/// <see cref="Expect"/> is copied into the case's expectations, and <see cref="CatalogField"/> names the catalog.
/// </summary>
public sealed record DatasetSpec
{
    /// <summary>JSONL path relative to the suite file.</summary>
    public required string Path { get; init; }

    /// <summary>Field holding the case id.</summary>
    public string IdField { get; init; } = "id";

    /// <summary>Field holding the text.</summary>
    public string TextField { get; init; } = "text";

    /// <summary>Fields copied into the expectations.</summary>
    public IReadOnlyList<string> Expect { get; init; } = [];

    /// <summary>Field naming the catalog of each line (a devset catalog name), if any.</summary>
    public string? CatalogField { get; init; }

    /// <summary>Field holding the channel/domain (social, review, survey, support…).</summary>
    public string? ChannelField { get; init; }

    /// <summary>Fields holding a star rating and an NPS answer, if any.</summary>
    public string? RatingField { get; init; }

    /// <summary>Field holding an NPS answer, if any.</summary>
    public string? NpsField { get; init; }

    /// <summary>Tags added to every case from this file.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Fields whose values become tags of each case (attack template, language, placement…).</summary>
    public IReadOnlyList<string> TagFields { get; init; } = [];

    /// <summary>
    /// Field holding the control text (the same record without the payload, red team); a control case is built from it.
    /// </summary>
    public string? ControlField { get; init; }

    /// <summary>
    /// Data files or folders every case of this file reads besides its line (relative to the suite file).
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>The catalog of every case of this file (when there is no <see cref="CatalogField"/>).</summary>
    public string? Catalog { get; init; }
}
