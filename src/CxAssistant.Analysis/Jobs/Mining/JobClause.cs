namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>
/// One phrase of one record: [<see cref="Start"/>, <see cref="End"/>) is the whole match (for quotes),
/// <see cref="Phrase"/> the captured clause or role (the customer's own words the job is drafted from).
/// </summary>
internal sealed record JobClause(int Record, JobClauseKind Kind, int Start, int End, string Phrase);
