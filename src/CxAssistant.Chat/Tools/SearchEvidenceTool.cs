using System.ComponentModel;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Data.Memory.Search;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// Finds the customers' own words about a topic: hybrid search over the workspace index (keyword + meaning), then the
/// analysis' labels (touchpoint, sentiment, segment) applied on top. Without an index, falls back to a keyword scan.
/// </summary>
public sealed class SearchEvidenceTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <summary>Candidates fetched from the index before the label filters run.</summary>
    public const int CandidatePool = 200;

    /// <inheritdoc />
    public override string Name => "search_evidence";

    /// <inheritdoc />
    public override string Description =>
        "Search customer feedback by meaning and keywords. Returns cited, "
        + "redacted quotes with touchpoint and sentiment. "
        + "Optional filters: touchpoint id, sentiment (negative|neutral|"
        + "positive), channel, source file, segment (field=value), since/until "
        + "(yyyy-mm or yyyy-mm-dd).";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(SearchAsync);

    /// <summary>Searches the evidence.</summary>
    public async Task<SearchEvidenceResult> SearchAsync(
        [Description("What to look for, in plain words.")] string query,
        [Description("Touchpoint id or name.")] string? touchpoint = null,
        [Description("negative, neutral or positive.")] string? sentiment = null,
        [Description("survey, review, support-call, chat, email, social, sales-note or analytics.")]
            string? channel = null,
        [Description("Source file name (or part of it).")] string? source = null,
        [Description("Customer segment as field=value, e.g. loyalty_tier=gold.")] string? segment = null,
        [Description("Only feedback on or after this date (yyyy-mm or yyyy-mm-dd).")] string? since = null,
        [Description("Only feedback before this date (yyyy-mm-dd) or up to the end of this month (yyyy-mm).")]
            string? until = null,
        [Description("How many quotes (1-20).")] int top = 5,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(query);
        top = Math.Clamp(top, 1, 20);
        var notes = new List<string>();
        var touchpointId = touchpoint;
        if (touchpoint is not null)
        {
            var found = Data.FindTouchpoint(touchpoint);
            if (found is null)
            {
                notes.Add(Data.UnknownTouchpoint(touchpoint) + " Searched all touchpoints.");
            }
            touchpointId = found?.Id;
        }
        var filter = EvidenceFilter.Parse(touchpointId, sentiment, channel, source, segment, since, until);
        var candidates = await CandidatesAsync(query, filter, cancellationToken).ConfigureAwait(false);
        var hits = new List<EvidenceHit>();
        var cited = new List<Citation>();
        foreach (var (evidenceId, chunkText, score) in candidates)
        {
            if (hits.Count == top)
            {
                break;
            }
            if (!Data.TryFind(evidenceId, out var record, out var index) || !record.IsCustomerVoice)
            {
                continue;
            }
            var annotation = Data.Analysis.Annotations[index];
            if (!filter.Matches(record, annotation))
            {
                continue;
            }
            // Survey answers repeat word for word; one of each says as much and leaves room for other voices. The
            // check comes before citing, so a skipped repeat never gets a number of its own.
            var quote = CitationBook.QuoteOf(chunkText, 0, chunkText.Length);
            if (cited.Any(c => string.Equals(c.Quote.Trim(), quote.Trim(), StringComparison.Ordinal)))
            {
                continue;
            }
            var citation = Citations.CiteRedacted(record, chunkText, 0, chunkText.Length);
            cited.Add(citation);
            hits.Add(
                new EvidenceHit(
                    citation.Number,
                    record.RecordId,
                    record.Source.File,
                    record.Source.Line,
                    citation.Channel,
                    annotation.PrimaryTouchpoint is { } t ? Data.NameOf(t) : null,
                    annotation.SentimentLabel.ToString().ToLowerInvariant(),
                    Math.Round(score, 4)
                )
            );
        }
        if (hits.Count == 0)
        {
            notes.Add("No feedback matched the question and filters.");
        }
        return new SearchEvidenceResult(query, filter.Describe(), hits, notes, cited);
    }

    private async Task<IReadOnlyList<(string EvidenceId, string Text, double Score)>> CandidatesAsync(
        string query,
        EvidenceFilter filter,
        CancellationToken cancellationToken
    )
    {
        if (Data.Index is not null)
        {
            // Date and channel filters run in the index; label filters (touchpoint, sentiment, segment) afterwards.
            var filters = new SearchFilters(filter.Channel, null, null, filter.Since, filter.Until);
            var result = await new HybridSearcher(Data.Index)
                .SearchAsync(query, filters, CandidatePool, cancellationToken)
                .ConfigureAwait(false);
            return [.. result.Hits.Select(h => (h.EvidenceId, h.Text, h.Score))];
        }
        var words = query
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => w.Length > 2)
            .ToList();
        return
        [
            .. Data
                .Analysis.Records.Select(r =>
                    (Record: r, Hits: words.Count(w => r.Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
                )
                .Where(x => x.Hits > 0 || words.Count == 0)
                .OrderByDescending(x => x.Hits)
                .Take(CandidatePool)
                .Select(x => (x.Record.Id, Data.Redacted(x.Record).Text, (double)x.Hits)),
        ];
    }
}
