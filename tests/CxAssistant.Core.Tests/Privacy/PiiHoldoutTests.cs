using System.Globalization;
using CxAssistant.Core.Privacy;
using Xunit.Abstractions;

namespace CxAssistant.Core.Tests.Privacy;

/// <summary>
/// The held-out set (evals/pii/holdout.jsonl) was written after the rules were tuned and is never tuned on;
/// it is small, so it guards against gross regressions and keeps the corpus numbers honest, nothing finer.
/// </summary>
public sealed class PiiHoldoutTests(ITestOutputHelper output)
{
    [Fact]
    public void Redact_Holdout_ChecksumTypesFoundWithoutFalsePositives()
    {
        var errors = new List<string>();
        var scores = PiiScore.Evaluate(PiiCorpus.Load("holdout.jsonl"), new PiiRedactor(), errors.Add);
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
        foreach (var type in new[] { PiiType.Card, PiiType.Iban, PiiType.Email, PiiType.Ip })
        {
            Assert.Equal(1.0, scores[type].Recall);
            Assert.Equal(1.0, scores[type].Precision);
        }
    }
}
