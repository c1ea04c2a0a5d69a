using System.Text.RegularExpressions;
using CxAssistant.Analysis.Text;

namespace CxAssistant.Analysis.Tests.TextTests; // not ".Text": other tests write Text.WordTokenizer

public sealed class TriggerMatcherTests
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

    private static readonly string[] Triggers =
    [
        "order",
        "pre-order",
        "order ahead",
        "didn't arrive",
        "train",
        "7:52",
        "£4.20",
        "'received'",
        "wasn't ready",
    ];

    [Fact]
    public void FindFirst_LongestTriggerAtTheLeftmostPosition_Wins()
    {
        var text = "I tried to order ahead but the order never came";
        var matcher = new TriggerMatcher(Triggers);

        Assert.Equal((11, 22), matcher.FindFirst(text));
        Assert.Equal("order ahead", text[11..22]);
    }

    [Theory]
    [InlineData("reorder the preorders", 0)] // inside words: no whole-word match
    [InlineData("Pre-Order and ORDER", 2)] // case-insensitive, both triggers
    [InlineData("order, order, Order!", 1)] // the same trigger counts once
    [InlineData("It didn’t arrive on the 7:52 train", 3)] // curly apostrophe matches a straight one
    [InlineData("trainé and ordern", 0)] // a non-ASCII letter is part of the word
    [InlineData("It says ‘received’ or 'received'", 1)]
    public void CountDistinct_WholeWordsIgnoringCase_CountsEachTriggerOnce(string text, int expected)
    {
        Assert.Equal(expected, new TriggerMatcher(Triggers).CountDistinct(text));
    }

    [Fact]
    public void CountDistinct_WithPrecomputedStarts_EqualsTheOneArgumentForm()
    {
        var matcher = new TriggerMatcher(Triggers);
        const string text = "Pre-order for the 7:52 train; the order wasn't ready and cost £4.20.";

        Assert.Equal(matcher.CountDistinct(text), matcher.CountDistinct(text, TriggerMatcher.WordStarts(text)));
        // pre-order, order (inside it and alone), 7:52, train, wasn't ready, £4.20
        Assert.Equal(6, matcher.CountDistinct(text));
    }

    [Fact]
    public void EmptyTriggerList_NeverMatches()
    {
        var matcher = new TriggerMatcher([]);

        Assert.Null(matcher.FindFirst("anything at all"));
        Assert.Equal(0, matcher.CountDistinct("anything at all"));
    }

    /// <summary>
    /// The regex the matcher replaced (a lookahead at every position, alternatives longest first) is the oracle: every
    /// theme's trigger lists over the sample businesses' texts and awkward inputs give the same first hit and count.
    /// </summary>
    [Fact]
    public void Matcher_AgreesWithTheRegexItReplaced_OnSampleTextsAndSeveralTriggerLists()
    {
        var texts = SampleTexts()
            .Concat([
                "",
                "queue",
                "QUEUE!",
                "pickup-shelf",
                "pre-ordered pre-order",
                "don’t 'received' “received”",
                "7:527:52",
                "x7:52",
                "Ünïcödé queue ünïcödé",
                "train\ntrain",
                "£4.20£4.20 £4.20",
                "the school run school-run",
            ])
            .ToList();
        var lists = TriggerSets.Append(Triggers).ToList();
        var compared = 0;
        foreach (var list in lists)
        {
            var matcher = new TriggerMatcher(list);
            var oracle = Oracle(list);
            foreach (var text in texts)
            {
                var m = oracle.Match(text);
                Assert.Equal(
                    m.Success ? (m.Groups[1].Index, m.Groups[1].Index + m.Groups[1].Length) : null,
                    matcher.FindFirst(text)
                );
                var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (; m.Success; m = m.NextMatch())
                {
                    found.Add(m.Groups[1].Value.Replace('’', '\''));
                }
                Assert.Equal(found.Count, matcher.CountDistinct(text));
                compared++;
            }
        }
        Assert.True(compared > 1000, $"only {compared} comparisons");
    }

    private static Regex Oracle(IReadOnlyList<string> triggers)
    {
        var list = triggers
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .ThenBy(t => t, StringComparer.Ordinal)
            .ToList();
        var alternatives = string.Join(
            '|',
            list.Select(t => Regex.Escape(t).Replace("'", "['’]", StringComparison.Ordinal))
        );
        return new Regex(
            $@"(?=(?<![\p{{L}}\p{{N}}])({alternatives})(?![\p{{L}}\p{{N}}]))",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
        );
    }

    private static IEnumerable<string> SampleTexts()
    {
        foreach (var dir in new[] { "trailhead-outfitters", "bloom-and-crumb" })
        {
            foreach (
                var file in Directory
                    .EnumerateFiles(SampleRuns.Sample(dir), "*", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
            )
            {
                foreach (var line in File.ReadLines(file))
                {
                    if (line.Length > 0)
                    {
                        yield return line;
                    }
                }
            }
        }
    }
}
