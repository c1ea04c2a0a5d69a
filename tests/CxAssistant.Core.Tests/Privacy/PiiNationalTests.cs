using System.Globalization;
using CxAssistant.Core.Privacy;
using Xunit.Abstractions;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>
/// evals/pii/national.jsonl: national phone formats, European and US street addresses, names in running text, every
/// detector type and hard negatives (products, touchpoint words, months, places). Floors: recall ≥ 0.99 for the
/// structured types, ≥ 0.90 for addresses and names; precision ≥ 0.95. Numbers: evals/pii/PII.md.
/// </summary>
public sealed class PiiNationalTests(ITestOutputHelper output)
{
    [Fact]
    public void Redact_NationalCorpus_MeetsRecallAndPrecisionFloors()
    {
        var errors = new List<string>();
        var scores = PiiScore.Evaluate(PiiCorpus.Load("national.jsonl"), new PiiRedactor(), errors.Add);
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
        errors.ForEach(output.WriteLine);
        foreach (var type in new[] { PiiType.Email, PiiType.Phone, PiiType.Card, PiiType.Iban, PiiType.Ip })
        {
            Assert.True(scores[type].Recall >= 0.99, $"{type} recall {scores[type].Recall:F3}");
        }
        foreach (var type in new[] { PiiType.Address, PiiType.Name })
        {
            Assert.True(scores[type].Recall >= 0.90, $"{type} recall {scores[type].Recall:F3}");
        }
        foreach (var (type, score) in scores)
        {
            Assert.True(score.Precision >= 0.95, $"{type} precision {score.Precision:F3}");
        }
    }
}
