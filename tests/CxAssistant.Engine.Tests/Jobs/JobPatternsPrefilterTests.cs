using System.Text.RegularExpressions;
using CxAssistant.Analysis.Jobs;
using CxAssistant.DevTools.Samples;

namespace CxAssistant.Engine.Tests.Jobs;

/// <summary>
/// The required-word prefilter may only skip texts a pattern cannot match: on every sample text, every generated
/// text and crafted edge cases, a skipped text never matches and a matching text is never skipped.
/// </summary>
public sealed class JobPatternsPrefilterTests(JobsSamples samples) : IClassFixture<JobsSamples>
{
    private static IEnumerable<Regex> Patterns() =>
        [.. JobPatterns.Goals, .. JobPatterns.OccasionGoals, .. JobPatterns.Circumstances];

    [Fact]
    public void MayMatch_NeverSkipsAMatch()
    {
        string[] crafted =
        [
            "I WAS TRYING TO get a refund", "We were hoping to pick it up", "best way to book", "Needed it for my daughter's birthday",
            "before my 7:52 train", "on the school run", "for a work call", "when I'm working from home", "for about 40 people",
            "I'm leaving for Zion on Friday", "I'm coeliac", "has a nut allergy", "nut-free cake for my son", "Bought a tent for my first trip",
        ];
        var texts = samples.Bloom.Analysis.Records.Concat(samples.Trailhead.Analysis.Records).Select(r => r.Text)
            .Concat(SyntheticDataGenerator.Generate(3000, seed: 7).Select(r => r.Text)).Concat(crafted).ToList();
        var skipped = 0;
        var matched = 0;
        foreach (var pattern in Patterns())
            foreach (var text in texts)
            {
                var may = JobPatterns.MayMatch(pattern, text);
                var matches = pattern.IsMatch(text);
                Assert.False(matches && !may, $"'{pattern}' matches but the prefilter skipped: {text}");
                if (!may) skipped++;
                if (matches) matched++;
            }
        Assert.True(skipped > texts.Count, "the prefilter skipped almost nothing, so it saves nothing");
        Assert.True(matched > 0);
    }

    [Fact]
    public void MayMatch_SkipsTextWithoutTheRequiredWord() =>
        Assert.False(JobPatterns.MayMatch(JobPatterns.Goals[1], "I tried to order twice."));
}
