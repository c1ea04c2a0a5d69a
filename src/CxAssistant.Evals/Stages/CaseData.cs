using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Validation;
using CxAssistant.Evals.Suites;
using CxAssistant.Ingestion;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// A case's inputs made concrete: evidence records (inline ones keep their ids as evidence ids so quotes can cite
/// them; files are read by the normal loader), the catalog, and, on first use, the core's offline analysis, which
/// drafting stages and claim checks compare against.
/// </summary>
public sealed class CaseData
{
    private readonly Lazy<AnalysisResult> _analysis;

    private CaseData(
        CaseInputs inputs,
        IReadOnlyList<EvidenceRecord> records,
        ResolvedCatalog? catalog,
        IReadOnlyList<string> paths
    )
    {
        Inputs = inputs;
        Records = records;
        Catalog = catalog;
        Evidence = GroundingCheck.Index(records);
        // Raw text: a case's quotes are graded against the records as written (Evidence); what a model is sent is still
        // redacted by the gate in front of every model client.
        _analysis = new Lazy<AnalysisResult>(() =>
            new AnalysisPipeline(FixedClock.Instance).Analyse(
                new IngestResult(records, [], []),
                new AnalyzeOptions
                {
                    Paths = paths,
                    CatalogPath = catalog?.Path,
                    Preset = catalog?.Preset,
                    RawText = true,
                }
            )
        );
    }

    /// <summary>The inputs as written.</summary>
    public CaseInputs Inputs { get; }

    /// <summary>The evidence records.</summary>
    public IReadOnlyList<EvidenceRecord> Records { get; }

    /// <summary>Records by evidence id (for grounding checks).</summary>
    public IReadOnlyDictionary<string, EvidenceRecord> Evidence { get; }

    /// <summary>The catalog, or null when the case gives none.</summary>
    public ResolvedCatalog? Catalog { get; }

    /// <summary>The core's offline analysis of these records (computed once, on first use).</summary>
    public AnalysisResult Analysis => _analysis.Value;

    /// <summary>
    /// Builds the data for <paramref name="inputs"/>; paths are relative to <paramref name="suiteDir"/>.
    /// </summary>
    public static CaseData Build(CaseInputs inputs, string suiteDir, CatalogResolver catalogs)
    {
        var records = new List<EvidenceRecord>(inputs.Records.Count);
        var line = 0;
        foreach (var r in inputs.Records)
        {
            line++;
            records.Add(
                new EvidenceRecord
                {
                    Id = r.Id,
                    RecordId = r.Id,
                    Source = new SourceLocation("case", line),
                    Channel = ChannelNames.TryParse(r.Channel)
                        ?? throw new SuiteException($"record '{r.Id}': unknown channel '{r.Channel}'."),
                    Text = r.Text,
                    CustomerId = r.Customer,
                    Timestamp = r.Timestamp,
                    Speaker = r.Speaker,
                    Rating = r.Rating,
                    Nps = r.Nps,
                    Metadata = new Dictionary<string, string>(r.Metadata, StringComparer.OrdinalIgnoreCase),
                }
            );
        }
        var paths = inputs.Paths.Select(p => Path.GetFullPath(Path.Combine(suiteDir, p))).ToList();
        if (paths.Count > 0)
        {
            var missing = paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
            if (missing is not null)
            {
                throw new SuiteException($"input path not found: {missing}");
            }
            records.AddRange(new EvidenceLoader().Load(paths, new IngestOptions()).Records);
        }
        return new CaseData(inputs, records, catalogs.Resolve(inputs.Catalog, suiteDir), paths);
    }
}
