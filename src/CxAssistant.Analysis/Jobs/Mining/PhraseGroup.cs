namespace CxAssistant.Analysis.Jobs.Mining;

/// <summary>The candidates that share one wording, and how many distinct customers used it.</summary>
internal sealed record PhraseGroup(IReadOnlyList<JobCandidate> Members, int Customers)
{
    public JobPhrase Phrase => Members[0].Phrase;
}
