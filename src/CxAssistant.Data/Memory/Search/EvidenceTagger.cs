using System.Security.Cryptography;
using System.Text;
using CxAssistant.Core.Safety;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Analysis.Annotators;
using CxAssistant.Analysis.Touchpoints;

namespace CxAssistant.Data.Memory.Search;

/// <summary>
/// Tags evidence with the offline annotator's touchpoints (primary first) and sentiment label so search can filter by them.
/// The <see cref="Signature"/> changes whenever the catalog does, which tells the index to re-tag what it stored.
/// </summary>
public sealed class EvidenceTagger
{
    /// <summary>Bumped when the annotator's output for the same catalog changes in a way stored tags must follow.</summary>
    private const string Version = "tags-v2"; // v2: payloads screened, as the annotator does

    private readonly TouchpointMatcher _matcher;
    private readonly SentimentAnalyzer _sentiment = new();

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
    /// Touchpoint ids (primary first) and the sentiment label in lower case — the same two answers
    /// <see cref="OfflineAnnotator"/> gives (same matcher, same analyser, same inputs), without the emotion, pain,
    /// intent and job-state passes search does not filter on.
    /// </summary>
    public (IReadOnlyList<string> Touchpoints, string Sentiment) Tag(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        // Read around text addressed to a machine, exactly as the annotator does, so filters and labels agree.
        var text = PayloadScreen.Mask(record.Text ?? string.Empty, PayloadScreen.Find(record.Text ?? string.Empty));
        var touchpoints = _matcher.Match(text);
        var sentiment = _sentiment.Analyze(text, record.Rating ?? record.Csat, record.Nps);
        return ([.. touchpoints.Select(t => t.TouchpointId)], sentiment.Label.ToString().ToLowerInvariant());
    }

    private static string ComputeSignature(TouchpointCatalog catalog)
    {
        var text = new StringBuilder(Version);
        foreach (var touchpoint in catalog.Touchpoints)
            text.Append('\n').Append(touchpoint.Id).Append('\t').Append(touchpoint.Name).Append('\t').Append(touchpoint.Description)
                .Append('\t').AppendJoin(',', touchpoint.Keywords);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
