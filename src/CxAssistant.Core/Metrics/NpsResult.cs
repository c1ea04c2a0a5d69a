namespace CxAssistant.Core.Metrics;

/// <summary>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), −100…+100, with a 95% band.</summary>
public sealed record NpsResult(double Score, int Promoters, int Passives, int Detractors, double Low, double High)
{
    public int Responses => Promoters + Passives + Detractors;
}
