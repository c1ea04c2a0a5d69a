using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Languages;
using CxAssistant.Analysis.Meaning;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Safety;
using CxAssistant.Core.Touchpoints;
using CxAssistant.LocalModel;
using Microsoft.Extensions.AI;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Tags evidence with the offline annotator's touchpoints (primary first) and sentiment label so search can filter by
/// them.
/// The <see cref="Signature"/> changes whenever the catalog does, which tells the index to re-tag what it stored.
/// </summary>
public sealed class EvidenceTagger
{
    /// <summary>
    /// Bumped when the annotator's output for the same catalog changes in a way stored tags must follow.
    /// </summary>
    // v2: payloads screened, as the annotator does; v3: primary by meaning; v4: sentiment by meaning where no words;
    // v5: meaning read by the encoder the analysis chooses (the full model for a small business); v6: a record in a
    // language the offline reader does not cover gets no touchpoint and its rating's sentiment only, as in the analysis;
    // v7: a record the lexicon left empty takes the touchpoint it clearly means (full model), as in the analysis; the
    // sentiment probe and the customer-voice gate as in the annotator; v8: the probe also decides a statement the rules
    // left neutral with words, as in the annotator
    private const string Version = "tags-v8";

    private readonly TouchpointMatcher _matcher;
    private readonly SentimentAnalyzer _sentiment = new();
    private readonly ConcurrentDictionary<
        string,
        Lazy<(TouchpointMeaning Touchpoints, FeedbackMeaning Feedback)>
    > _meaning = new(StringComparer.Ordinal);

    public EvidenceTagger(TouchpointCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _matcher = new TouchpointMatcher(catalog);
        Signature = ComputeSignature(catalog);
    }

    public TouchpointCatalog Catalog { get; }

    /// <summary>Hash of the catalog's ids, names, descriptions and keywords plus the tagger version.</summary>
    public string Signature { get; }

    /// <summary>
    /// Touchpoint ids (primary first) and the sentiment label in lower case — the same two answers the analysis gives
    /// (<see cref="OfflineAnnotator"/>'s matcher and analyser on the same inputs, the primary touchpoint chosen by
    /// <see cref="TouchpointMeaning"/>), without the emotion, pain, intent and job-state passes search does not filter
    /// on.
    /// </summary>
    public (IReadOnlyList<string> Touchpoints, string Sentiment) Tag(EvidenceRecord record) =>
        Tag(record, MeaningEncoder.Shared());

    /// <summary>
    /// As <see cref="Tag(EvidenceRecord)"/>, meaning read by <paramref name="encoder"/>: the one the analysis chooses
    /// for
    /// the same records (<see cref="MeaningEncoder.ChooseFor"/>), so tags and report agree.
    /// </summary>
    public (IReadOnlyList<string> Touchpoints, string Sentiment) Tag(
        EvidenceRecord record,
        IEmbeddingGenerator<string, Embedding<float>> encoder
    )
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(encoder);
        var model = encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown";
        float[] Embed(string t) => encoder.GenerateAsync([t]).GetAwaiter().GetResult()[0].Vector.ToArray();
        IReadOnlyList<float[]> EmbedAll(IReadOnlyList<string> t) =>
            [.. encoder.GenerateAsync(t).GetAwaiter().GetResult().Select(e => e.Vector.ToArray())];
        var meaning = _meaning
            .GetOrAdd(model, _ =>
                new(() => (new TouchpointMeaning(Catalog, EmbedAll, model), new FeedbackMeaning(EmbedAll, model)))
            )
            .Value;
        // Read around text addressed to a machine, exactly as the annotator does, so filters and labels agree; a record in
        // a language the reader does not cover is read as the analysis reads it: no text, its rating alone.
        var raw = LanguageStage.Of(record.Text).IsReadOffline ? record.Text ?? string.Empty : string.Empty;
        var text = PayloadScreen.Mask(raw, PayloadScreen.Find(raw));
        var touchpoints = _matcher.Match(text);
        if (touchpoints.Count >= 2)
        {
            // The analysis picks the primary among several by meaning (of the same screened text); so do the tags.
            var vector = Embed(text);
            touchpoints = meaning
                .Touchpoints.Apply(new Annotation { EvidenceId = record.Id, Touchpoints = touchpoints }, vector)
                .Touchpoints;
        }
        if (touchpoints.Count == 0 || model == MiniLmResources.ModelName)
        {
            // As the analysis: where the full model read the records, the lexicon and meaning decide together (a weak
            // word of a one-sentence text dropped, a record left empty filled); elsewhere only an empty record is tried.
            touchpoints = meaning
                .Touchpoints.Fill(
                    new Annotation { EvidenceId = record.Id, Touchpoints = touchpoints },
                    Embed(text),
                    raw
                )
                .Touchpoints;
        }
        var analysis = new TextAnalysis(text);
        var sentiment = _sentiment.Analyze(analysis, record.Rating ?? record.Csat, record.Nps);
        if (record.IsCustomerVoice && OfflineAnnotator.MeaningMayLean(analysis, sentiment))
        {
            // As the annotator: a customer's statement the rules leave neutral leans by meaning (prototypes where it has
            // no sentiment word and, in the full model's space, the sentiment probe; embedded only for these).
            var vector = Embed(text);
            sentiment = _sentiment.Analyze(
                analysis,
                record.Rating ?? record.Csat,
                record.Nps,
                new MeaningReader(meaning.Feedback, vector)
            );
        }
        return ([.. touchpoints.Select(t => t.TouchpointId)], sentiment.Label.ToString().ToLowerInvariant());
    }

    private static string ComputeSignature(TouchpointCatalog catalog)
    {
        var text = new StringBuilder(Version);
        foreach (var touchpoint in catalog.Touchpoints)
        {
            text.Append('\n')
                .Append(touchpoint.Id)
                .Append('\t')
                .Append(touchpoint.Name)
                .Append('\t')
                .Append(touchpoint.Description)
                .Append('\t')
                .AppendJoin(',', touchpoint.Keywords);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
