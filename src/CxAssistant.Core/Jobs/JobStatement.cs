using System.Text.Json.Serialization;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// A job the customer is trying to get done, in the seed-003 grammar: verb + object of the verb + contextual
/// clarifier, solution-agnostic ("Get breakfast before the morning commute"). <see cref="Text"/> is derived so the
/// three parts and the sentence can never disagree. Main jobs carry the canvas (performer, circumstances, needs,
/// forces, barriers, workarounds); functional jobs carry their <see cref="Step"/> on the parent's job map.
/// </summary>
public sealed record JobStatement
{
    public required string Id { get; init; }

    /// <summary>Base-form verb, capitalised as the first word ("Get").</summary>
    public required string Verb { get; init; }
    public required string Object { get; init; }
    public required string Clarifier { get; init; }
    public required JobAltitude Altitude { get; init; }
    public string? ParentId { get; init; }
    public string Performer { get; init; } = "";
    public IReadOnlyList<string> Circumstances { get; init; } = [];
    public JobNeeds Needs { get; init; } = JobNeeds.None;
    public IReadOnlyList<JobObservation> Barriers { get; init; } = [];

    /// <summary>Workarounds customers describe ("ended up calling the shop").</summary>
    public IReadOnlyList<JobObservation> CompensatingBehaviours { get; init; } = [];
    public JobForces Forces { get; init; } = JobForces.None;

    /// <summary>The job-map step, for functional jobs only.</summary>
    public JobMapStep? Step { get; init; }

    /// <summary>Quotes where customers state or show this job.</summary>
    public IReadOnlyList<EvidenceQuote> Evidence { get; init; } = [];

    /// <summary>Distinct customers behind the job (records without a customer id count once each).</summary>
    public int Customers { get; init; }
    public Provenance Provenance { get; init; } = Provenance.Offline;

    public string Text => Compose(Verb, Object, Clarifier);

    /// <summary>
    /// Every quote the statement cites, for the grounding check (not serialised: it repeats the lists above).
    /// </summary>
    [JsonIgnore]
    public IEnumerable<EvidenceQuote> AllQuotes =>
        Evidence
            .Concat(Forces.All)
            .Concat(Barriers.SelectMany(b => b.Quotes))
            .Concat(CompensatingBehaviours.SelectMany(c => c.Quotes));

    public static string Compose(string verb, string @object, string clarifier) =>
        string.Join(' ', new[] { verb.Trim(), @object.Trim(), clarifier.Trim() }.Where(p => p.Length > 0));
}
