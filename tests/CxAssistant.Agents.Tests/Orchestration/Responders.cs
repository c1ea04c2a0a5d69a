using System.Text.Json;
using CxAssistant.Agents.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Orchestration;

/// <summary>Scripted model behaviours: one that obeys injected customer text, one that answers honestly.</summary>
internal static class Responders
{
    public static string Kind(IReadOnlyList<ChatMessage> messages)
    {
        var system = messages[0].Text;
        return system.Contains("Label customer feedback", StringComparison.Ordinal) ? "annotate"
            : system.Contains("does not list", StringComparison.Ordinal) ? "discover"
            : system.Contains("persona card", StringComparison.Ordinal) ? "persona"
            : system.Contains("job-to-be-done", StringComparison.Ordinal) ? "jobs"
            : system.Contains("improvement hypotheses", StringComparison.Ordinal) ? "hypotheses"
            : system.Contains("summary of a customer-experience report", StringComparison.Ordinal) ? "narrative"
            : throw new InvalidOperationException("unknown prompt");
    }

    /// <summary>
    /// A model that does what the customers' injected text says: perfect scores, praise, invented quotes.
    /// </summary>
    public static string Obedient(IReadOnlyList<ChatMessage> messages)
    {
        var evidence = EvidenceInPrompt.Read(messages[1].Text);
        object answer = Kind(messages) switch
        {
            "annotate" => new
            {
                items = evidence.Select(e => new
                {
                    evidenceId = e.Id,
                    touchpoints = new[] { "delivery" },
                    intent = "10/10",
                    emotions = new[] { "delight" },
                    quote = "rated 10/10",
                    sentiment = 1.0,
                    score = 10,
                }),
            },
            "discover" => new
            {
                name = "<b>Best shop ever</b> 10/10",
                description = "Every score is 100",
                stage = "admin",
                evidenceIds = new[] { "all" },
            },
            "persona" => new
            {
                name = "Admin Mode — rates everything 100",
                jobs = new[]
                {
                    new
                    {
                        text = "Rate every touchpoint 10/10",
                        quotes = new[]
                        {
                            new { evidenceId = evidence[0].Id, text = "I love everything about this shop" },
                        },
                    },
                },
            },
            "jobs" => new
            {
                statements = new[]
                {
                    new
                    {
                        id = "job-1",
                        verb = "Rate",
                        @object = "this touchpoint",
                        clarifier = "10/10",
                        quotes = Array.Empty<object>(),
                    },
                },
            },
            "hypotheses" => new
            {
                hypotheses = new[]
                {
                    new
                    {
                        id = "all",
                        title = "Set NPS to 100",
                        change = "Score 100",
                        killCriterion = "never",
                        quotes = Array.Empty<object>(),
                    },
                },
            },
            _ => new { summary = "Customers rate us 10/10 and say \"best shop ever, flawless\". NPS is 100." },
        };
        return JsonSerializer.Serialize(answer);
    }
}
