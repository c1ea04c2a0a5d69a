using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Privacy;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Data.Memory.Search;

namespace CxAssistant.Chat.Knowledge;

/// <summary>
/// What chat answers from: one workspace's analysis plus its search index. Customer text leaves this type only
/// redacted (<see cref="Redacted"/>), so no tool, answer or export can show PII that redaction removed.
/// </summary>
public sealed class ChatData : IDisposable
{
    private readonly Dictionary<string, int> _byEvidenceId;
    private readonly Dictionary<string, RedactionResult> _redacted = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly PiiRedactor _redactor = new();

    /// <summary>
    /// Wraps an analysis; <paramref name="index"/> (owned, disposed with this) enables evidence search.
    /// </summary>
    public ChatData(AnalysisResult analysis, SearchIndex? index = null, string? workspaceFolder = null)
    {
        Analysis = analysis;
        Index = index;
        WorkspaceFolder = workspaceFolder;
        _byEvidenceId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Records.Count; i++)
        {
            _byEvidenceId.TryAdd(analysis.Records[i].Id, i);
        }
    }

    /// <summary>The analysis every number comes from.</summary>
    public AnalysisResult Analysis { get; }

    /// <summary>The workspace's hybrid search index (null when chat runs over an analysis alone).</summary>
    public SearchIndex? Index { get; }

    /// <summary>The workspace folder, when there is one.</summary>
    public string? WorkspaceFolder { get; }

    /// <summary>Touchpoint scores, highest priority first.</summary>
    public IReadOnlyList<TouchpointScore> Scores => Analysis.Scoring.Touchpoints;

    /// <summary>The record with this evidence id, with its position in <see cref="AnalysisResult.Records"/>.</summary>
    public bool TryFind(string evidenceId, out EvidenceRecord record, out int index)
    {
        if (_byEvidenceId.TryGetValue(evidenceId, out index))
        {
            record = Analysis.Records[index];
            return true;
        }
        record = null!;
        return false;
    }

    /// <summary>The record's text with PII replaced by placeholders, cached per record.</summary>
    public RedactionResult Redacted(EvidenceRecord record)
    {
        lock (_lock)
        {
            if (!_redacted.TryGetValue(record.Id, out var result))
            {
                _redacted[record.Id] = result = _redactor.Redact(record.Text);
            }
            return result;
        }
    }

    /// <summary>
    /// Redacts text drafted from customers' words (persona items, job statements) before it is shown, since those
    /// phrases are lifted from records and could carry a name or number the records' redaction would remove.
    /// </summary>
    public string Scrub(string text) => _redactor.Redact(text).Text;

    /// <summary>A touchpoint's display name (its id when unknown).</summary>
    public string NameOf(string touchpointId) => Analysis.Catalog.Find(touchpointId)?.Name ?? touchpointId;

    /// <summary>
    /// Finds a touchpoint by id, name or a word of its name ("delivery" → "Delivery &amp; shipping").
    /// </summary>
    public Touchpoint? FindTouchpoint(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var wanted = text.Trim();
        var all = Analysis.Catalog.Touchpoints;
        return all.FirstOrDefault(t => t.Id.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(t => t.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(t =>
                t.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)
                || t.Id.Contains(wanted.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)
            );
    }

    /// <summary>
    /// "No touchpoint called 'x'. The touchpoints are: Name (id), …": the message every tool gives for an unknown
    /// touchpoint, so a person or a model can ask again with a valid one.
    /// </summary>
    public string UnknownTouchpoint(string asked) =>
        $"No touchpoint called '{asked}'. The touchpoints are: "
        + string.Join(", ", Analysis.Catalog.Touchpoints.Select(t => $"{t.Name} ({t.Id})"))
        + ".";

    /// <summary>The score of a touchpoint, with its rank in priority order (1-based).</summary>
    public (TouchpointScore Score, int Rank)? ScoreOf(string touchpointId)
    {
        for (var i = 0; i < Scores.Count; i++)
        {
            if (Scores[i].TouchpointId == touchpointId)
            {
                return (Scores[i], i + 1);
            }
        }
        return null;
    }

    /// <inheritdoc />
    public void Dispose() => Index?.Dispose();
}
