namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>A goal or struggle phrase of one record, already in job grammar (<see cref="Phrase"/>).</summary>
internal sealed record JobCandidate(JobClause Clause, JobPhrase Phrase)
{
    public int Record => Clause.Record;

    /// <summary>Identical wording shares one key (and one vector).</summary>
    public string Key => JobWords.Clause(Phrase, withClarifier: true);
}
