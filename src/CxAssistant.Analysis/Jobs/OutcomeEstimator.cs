using System.Globalization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Estimates importance and satisfaction for an outcome nobody rated, from the records on its topic. This is a
/// proxy, always labelled "estimated":
/// importance = 3 + 5 × reach + 2 × intensity, where reach = topic customers ÷ max(3, 10% of all customers), capped at
/// 1,
/// and intensity = mean |sentiment| of the topic records;
/// satisfaction = 1 + 9 × (share of topic records that are positive, with neutral records counted half and any record
/// with a failure or negative sentiment counted zero). Both are rounded to one decimal.
/// </summary>
internal static class OutcomeEstimator
{
    public static DesiredOutcome? Estimate(
        string id,
        string jobId,
        OutcomeTemplate template,
        AnalysisResult analysis,
        IReadOnlyList<int> candidateRecords,
        int totalCustomers,
        JobsOptions options
    )
    {
        var topic = candidateRecords
            .Select(i => (Record: i, Match: JobsText.FindAny(analysis.Records[i].Text, template.Triggers)))
            .Where(t => t.Match is not null)
            .Select(t => (t.Record, t.Match!.Value.Start, t.Match.Value.End))
            .ToList();
        if (topic.Count < options.MinRecordsForEstimate)
        {
            return null;
        }
        return FromRecords(id, jobId, template.Statement, analysis, topic, totalCustomers, options);
    }

    /// <summary>The estimate for an outcome whose topic records are given, each with the span to quote.</summary>
    public static DesiredOutcome FromRecords(
        string id,
        string jobId,
        string statement,
        AnalysisResult analysis,
        IReadOnlyList<(int Record, int Start, int End)> topic,
        int totalCustomers,
        JobsOptions options
    )
    {
        var customers = topic
            .Select(t => JobsText.CustomerKey(analysis.Records[t.Record]))
            .Distinct(StringComparer.Ordinal)
            .Count();
        var reach = Math.Min(1, customers / Math.Max(3, 0.1 * totalCustomers));
        var intensity = Math.Min(1, topic.Average(t => Math.Abs(analysis.Annotations[t.Record].Sentiment)));
        var satisfied = topic.Average(t => Credit(analysis.Annotations[t.Record]));
        var importance = Math.Round(Math.Clamp(3 + 5 * reach + 2 * intensity, 1, 10), 1);
        var satisfaction = Math.Round(Math.Clamp(1 + 9 * satisfied, 1, 10), 1);
        // The most negative voices first: they show what falls short.
        var quotes = topic
            .OrderBy(t => analysis.Annotations[t.Record].Sentiment)
            .ThenBy(t => analysis.Records[t.Record].Id, StringComparer.Ordinal)
            .DistinctBy(t => JobsText.CustomerKey(analysis.Records[t.Record]))
            .Select(t => JobsText.Quote(analysis.Records[t.Record], t.Start, t.End))
            .DistinctBy(q => q.Text, StringComparer.Ordinal)
            .Take(options.MaxQuotes)
            .ToList();
        return new DesiredOutcome
        {
            Id = id,
            JobId = jobId,
            Statement = statement,
            Importance = importance,
            Satisfaction = satisfaction,
            Source = OutcomeSource.Estimated,
            Responses = topic.Count,
            Method = string.Create(
                CultureInfo.InvariantCulture,
                $"estimated from {topic.Count} records by {customers} customers on the "
                    + $"topic: importance 3 + 5 × reach {reach:0.00} + 2 × intensity "
                    + $"{intensity:0.00}; satisfaction 1 + 9 × satisfied share "
                    + $"{satisfied:0.00}; not a survey rating"
            ),
            Evidence = quotes,
        };
    }

    private static double Credit(Annotation a) =>
        a.Failure || a.SentimentLabel == SentimentLabel.Negative ? 0
        : a.SentimentLabel == SentimentLabel.Positive ? 1
        : 0.5;
}
