using System.ComponentModel;
using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Knowledge;
using CxAssistant.Core.Jobs;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tools;

/// <summary>
/// Jobs-to-be-done statements and desired outcomes with opportunity scores, as the core computed them.
/// </summary>
public sealed class JobsTool(ChatData data, Func<CitationBook> citations) : ChatTool(data, citations)
{
    /// <inheritdoc />
    public override string Name => "jobs_and_opportunities";

    /// <inheritdoc />
    public override string Description =>
        "Jobs customers are trying to get done (statement, altitude, "
        + "customers, quotes) and desired outcomes with importance, satisfaction "
        + "(1-10), "
        + "opportunity score = importance + max(importance - satisfaction, 0) "
        + "and band, highest opportunity first; measured from survey columns or "
        + "estimated.";

    /// <inheritdoc />
    public override AIFunction AsFunction() => Function(Get);

    /// <summary>Jobs (main and aspirational first) and outcomes by opportunity.</summary>
    public JobsResult Get([Description("How many jobs and outcomes (1-20).")] int top = 5)
    {
        top = Math.Clamp(top, 1, 20);
        var jobs = Data.Analysis.Jobs ?? JobsAnalysis.Empty;
        var book = Citations;
        var views = jobs
            .Statements.OrderBy(s =>
                s.Altitude == JobAltitude.Main ? 0
                : s.Altitude == JobAltitude.Aspirational ? 1
                : 2
            )
            .ThenByDescending(s => s.Customers)
            .Take(top)
            .Select(s => new JobView(
                s.Id,
                Data.Scrub(s.Text),
                s.Altitude.ToString().ToLowerInvariant(),
                s.Customers,
                [.. s.Evidence.Take(2).Select(book.Cite).OfType<Citation>().Select(c => c.Number)]
            ))
            .ToList();
        var outcomes = jobs
            .Outcomes.OrderByDescending(o => o.Opportunity)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(o => new OutcomeView(
                o.Id,
                o.JobId,
                Data.Scrub(o.Statement),
                o.Importance,
                o.Satisfaction,
                Math.Round(o.Opportunity, 1),
                OpportunityScore.Describe(o.Band),
                o.Source.ToString().ToLowerInvariant(),
                o.Responses
            ))
            .ToList();
        var notes = jobs.Notes.ToList();
        if (jobs.Statements.Count == 0)
        {
            notes.Add("No job statements were found in the feedback.");
        }
        return new JobsResult(
            views,
            outcomes,
            notes,
            [.. views.SelectMany(v => v.Quotes).Distinct().Select(n => book.All[n - 1])]
        );
    }
}
