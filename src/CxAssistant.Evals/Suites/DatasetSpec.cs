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
}
