using System.Globalization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Jobs;

namespace CxAssistant.Analysis.Jobs;

/// <summary>
/// Estimates importance and satisfaction for an outcome nobody rated, from the records on its topic. This is a
/// proxy, always labelled "estimated":
/// importance = 3 + 5 × reach + 2 × intensity, where reach = topic customers ÷ max(3, 10% of all customers), capped at 1,
/// and intensity = mean |sentiment| of the topic records;
/// satisfaction = 1 + 9 × (share of topic records that are positive, with neutral records counted half and any record
/// with a failure or negative sentiment counted zero). Both are rounded to one decimal.
/// </summary>
internal static class OutcomeEstimator
{
    public static DesiredOutcome? Estimate(string id, string jobId, OutcomeTemplate template, AnalysisResult analysis,
        IReadOnlyList<int> candidateRecords, int totalCustomers, JobsOptions options)
    {
        var topic = candidateRecords.Where(i => JobsText.FindAny(analysis.Records[i].Text, template.Triggers) is not null).ToList();
        if (topic.Count < options.MinRecordsForEstimate) return null;
        var customers = topic.Select(i => JobsText.CustomerKey(analysis.Records[i])).Distinct(StringComparer.Ordinal).Count();
        var reach = Math.Min(1, customers / Math.Max(3, 0.1 * totalCustomers));
        var intensity = Math.Min(1, topic.Average(i => Math.Abs(analysis.Annotations[i].Sentiment)));
        var satisfied = topic.Average(i => Credit(analysis.Annotations[i]));
        var importance = Math.Round(Math.Clamp(3 + 5 * reach + 2 * intensity, 1, 10), 1);
        var satisfaction = Math.Round(Math.Clamp(1 + 9 * satisfied, 1, 10), 1);
        // The most negative voices first: they show what falls short.
        var quotes = topic.Select(i => (Index: i, Record: analysis.Records[i], Match: JobsText.FindAny(analysis.Records[i].Text, template.Triggers)!.Value))
            .OrderBy(t => analysis.Annotations[t.Index].Sentiment).ThenBy(t => t.Record.Id, StringComparer.Ordinal)
            .DistinctBy(t => JobsText.CustomerKey(t.Record))
            .Select(t => JobsText.Quote(t.Record, t.Match.Start, t.Match.End))
            .DistinctBy(q => q.Text, StringComparer.Ordinal).Take(options.MaxQuotes).ToList();
        return new DesiredOutcome
        {
            Id = id,
            JobId = jobId,
            Statement = template.Statement,
            Importance = importance,
            Satisfaction = satisfaction,
            Source = OutcomeSource.Estimated,
            Responses = topic.Count,
            Method = string.Create(CultureInfo.InvariantCulture,
                $"estimated from {topic.Count} records by {customers} customers on the topic: importance 3 + 5 × reach {reach:0.00} + 2 × intensity {intensity:0.00}; satisfaction 1 + 9 × satisfied share {satisfied:0.00}; not a survey rating"),
            Evidence = quotes,
        };
    }

    private static double Credit(Annotation a) =>
        a.Failure || a.SentimentLabel == SentimentLabel.Negative ? 0
        : a.SentimentLabel == SentimentLabel.Positive ? 1
        : 0.5;
}
