using System.Globalization;
using CxAssistant.Core.Privacy;
using Xunit.Abstractions;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>
/// Per-type precision/recall on evals/pii/corpus.jsonl; floors sit just under the measured numbers in evals/pii/PII.md.
/// </summary>
public sealed class PiiCorpusTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<PiiCorpusItem> Corpus = PiiCorpus.Load();

    [Fact]
    public void Corpus_Size_HasAtLeast300TextsWithNegatives()
    {
        Assert.True(Corpus.Count >= 300, $"{Corpus.Count} texts");
        Assert.True(Corpus.Count(i => i.Entities.Count == 0) >= 80);
        foreach (var item in Corpus)
        {
            foreach (var e in item.Entities)
            {
                Assert.InRange(e.End, e.Start + 1, item.Text.Length);
            }
        }
    }

    [Theory]
    [InlineData(PiiType.Email, 0.99, 0.99)]
    [InlineData(PiiType.Phone, 0.99, 0.99)]
    [InlineData(PiiType.Card, 0.99, 0.99)]
    [InlineData(PiiType.Iban, 0.99, 0.99)]
    [InlineData(PiiType.Ip, 0.99, 0.99)]
    [InlineData(PiiType.Address, 0.95, 0.95)]
    [InlineData(PiiType.Name, 0.90, 0.95)]
    public void Redact_Corpus_MeetsRecallAndPrecisionFloors(PiiType type, double minRecall, double minPrecision)
    {
        var errors = new List<string>();
        var scores = PiiScore.Evaluate(Corpus, new PiiRedactor(), errors.Add);
        foreach (var (t, s) in scores)
        {
            output.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{t, -8} gold {s.Gold, 3} predicted {s.Predicted, 3} P "
                        + $"{s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} exact-R "
                        + $"{s.ExactRecall:F3}"
                )
            );
        }
        foreach (var e in errors.Where(e => e.Contains($" {type} ", StringComparison.Ordinal)))
        {
            output.WriteLine(e);
        }
        var score = scores[type];
        Assert.True(score.Gold > 0, $"no gold {type} spans");
        Assert.True(score.Recall >= minRecall, $"{type} recall {score.Recall:F3} < {minRecall}");
        Assert.True(score.Precision >= minPrecision, $"{type} precision {score.Precision:F3} < {minPrecision}");
    }
}
