namespace CxAssistant.Core.Analysis;

/// <summary>
/// What the records of one analysis mean, as vectors of one sentence encoder: one unit-length vector per record, in
/// the order of <see cref="AnalysisResult.Records"/>, computed once per run. Texts that are not records (catalog
/// descriptions, example phrases, a question) are embedded into the same space with <see cref="Embed"/>, so any two
/// of them can be compared by cosine (the dot product of unit vectors). A record's vector is read from its redacted
/// text
/// with any text addressed to a machine blanked out, so a record cannot steer what it is taken to mean.
/// </summary>
public interface IRecordMeaning
{
    /// <summary>The encoder's model id (for example <c>all-MiniLM-L6-v2-static-…</c>).</summary>
    string ModelId { get; }

    /// <summary>Length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>How many records have a vector (all of them).</summary>
    int Count { get; }

    /// <summary>The unit vector of record <paramref name="record"/> (zero for a record with no words).</summary>
    ReadOnlySpan<float> Vector(int record);

    /// <summary>Cosine similarity of two records.</summary>
    float Similarity(int a, int b);

    /// <summary>
    /// Unit vectors of texts that are not records, in the same space (each distinct text embedded once per run).
    /// </summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
