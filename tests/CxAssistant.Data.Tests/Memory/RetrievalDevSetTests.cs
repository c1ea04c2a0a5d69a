using Xunit.Abstractions;

namespace CxAssistant.Data.Tests.Memory;

public sealed class RetrievalDevSetTests(ITestOutputHelper output)
{
    [Fact]
    public void DevSet_EveryQuery_HasRelevantRecords()
    {
        Assert.True(RetrievalDevSet.Queries.Count >= 40);
        var score = RetrievalEvaluation.Offline();
        Assert.All(score.PerQuery, q => Assert.True(q.Relevant > 0, $"'{q.Query}' has no relevant records"));
    }

    [Fact]
    public void OfflineEmbeddings_DevSet_BeatFloorAndRandom()
    {
        var offline = RetrievalEvaluation.Offline();
        var random = RetrievalEvaluation.Random();
        foreach (var q in offline.PerQuery)
        {
            output.WriteLine(
                $"{q.Query, -50} relevant {q.Relevant, 3}  recall@10 {q.Recall:F2}  RR {q.ReciprocalRank:F2}"
            );
        }
        output.WriteLine(
            $"offline: recall@10 {offline.RecallAt10:F3}, MRR {offline.Mrr:F3}; "
                + $"random: recall@10 {random.RecallAt10:F3}, MRR {random.Mrr:F3}"
        );
        Assert.True(offline.RecallAt10 >= 0.60, $"recall@10 {offline.RecallAt10:F3}");
        Assert.True(offline.Mrr >= 0.80, $"MRR {offline.Mrr:F3}");
        Assert.True(offline.RecallAt10 > 3 * random.RecallAt10);
    }
}
