using CxAssistant.Analysis.Text;
using CxAssistant.DevTools.Samples;

namespace CxAssistant.Analysis.Tests.TextTests; // not ".Text": other tests write Text.WordTokenizer

/// <summary>
/// One pass over many trigger sets must count exactly what one <see cref="TriggerMatcher"/> per set counts.
/// </summary>
public sealed class TriggerSetMatcherTests
{
    // Trigger lists of the kinds the drafters match: phrases, apostrophes, hyphens, figures and currency.
    private static readonly IReadOnlyList<IReadOnlyList<string>> TriggerSets =
    [
        [
            "queue",
            "pickup shelf",
            "pre-order",
            "pre-ordered",
            "'received'",
            "don't",
            "7:52",
            "£4.20",
            "school run",
            "train",
        ],
        ["refund", "restocking fee", "size guide", "half size up", "a size up", "tracking", "in transit", "order"],
        ["charged twice", "apple pay", "card details", "late fee", "deposit", "pick-up", "pickup", "pick up", "café"],
        ["wasn't ready", "nobody told me", "actually ready", "48h notice", "10-2", "i work!", "po number"],
    ];

    [Fact]
    public void CountDistinct_EqualsOneMatcherPerSet_OnSeveralTriggerSets()
    {
        var sets = TriggerSets.ToList();
        var combined = new TriggerSetMatcher(sets);
        var single = sets.Select(s => new TriggerMatcher(s)).ToList();
        string[] crafted =
        [
            "Pre-order the cake, then order the PRE-ORDER again",
            "don’t don't DON'T",
            "the pick-up and pickup and pick up",
            "Ünïcode café order—order.",
            "order",
            "",
        ];
        var texts = SyntheticDataGenerator.Generate(2000, seed: 11).Select(r => r.Text).Concat(crafted).ToList();
        var counts = new int[combined.SetCount];
        var nonZero = 0;
        foreach (var text in texts)
        {
            combined.CountDistinct(text, TriggerMatcher.WordStarts(text), counts);
            for (var s = 0; s < sets.Count; s++)
            {
                Assert.True(
                    single[s].CountDistinct(text) == counts[s],
                    $"set {s} on '{text}': one matcher {single[s].CountDistinct(text)}, one pass {counts[s]}"
                );
                if (counts[s] > 0)
                {
                    nonZero++;
                }
            }
        }
        Assert.True(nonZero > 100, "the texts hardly exercised the triggers");
    }

    [Fact]
    public void CountDistinct_SetsSharingATrigger_EachCountIt()
    {
        var matcher = new TriggerSetMatcher([
            ["pick up", "pick"],
            ["pick"],
            ["drop"],
        ]);
        var counts = new int[3];
        const string text = "Pick up was slow, then pick again.";
        matcher.CountDistinct(text, TriggerMatcher.WordStarts(text), counts);
        Assert.Equal([2, 1, 0], counts);
    }
}
