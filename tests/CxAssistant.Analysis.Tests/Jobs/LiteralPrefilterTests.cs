using System.Text.RegularExpressions;
using CxAssistant.Analysis.Jobs.Mining;
using CxAssistant.Analysis.Personas;

namespace CxAssistant.Analysis.Tests.Jobs;

/// <summary>
/// The words a pattern needs, read from the pattern: a text without them is never given to it, so a filter that
/// rules out a text the pattern matches would lose a phrase. Every job and life-context pattern is checked on texts it
/// matches.
/// </summary>
public sealed class LiteralPrefilterTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Theory]
    [InlineData(@"\btrying\s+to\s+(?<clause>[^.]{3,90})", "{trying}")]
    [InlineData(@"\b(?:wanted|needed)\s+to\s+\w+", "{needed|wanted}")]
    [InlineData(@"(?:just\s+)?(?:stayed|came)(?:\s+here)*\s+for", "{came|stayed} & {for}")]
    [InlineData(@"\b(?:for|to)\s+(?:my|our)\s+(?:birthday|party)\b", "{party|birthday}")]
    [InlineData(@"\bfor\s+(?=(?:a|the)\s+(?:birthday|wedding))", "{wedding|birthday} & {for}")]
    [InlineData(@"\b(?:celebrat\w*|anniversar(?:y|ies))\b", "{celebrat|anniversary|anniversaries}")]
    [InlineData(@"\b(?:i|we)\s+(?:came|went)\b|\bhow\s+to\b", "{how|came|went}")]
    [InlineData(@"\b(?:never\s+again|fed\s+up)\b", "({never} & {again}) | {fed}")]
    [InlineData(@"\bwait(?:ed)?\b", "{wait}")]
    [InlineData(@"\bas\s+(?:a|an)\s+\w+", "*")]
    [InlineData(@"(\w+)\s+\1", "*")]
    public void Reads_the_words_a_match_needs(string pattern, string expected) =>
        Assert.Equal(expected, LiteralPrefilter.For(pattern, Options).ToString());

    [Theory]
    [InlineData(@"\btrying\s+to\s+\w+", "The room was clean and quiet.")]
    [InlineData(@"\b(?:wanted|needed)\s+to\s+\w+", "We want a refund.")]
    [InlineData(@"\bfor\s+(?=(?:a|the)\s+(?:birthday|wedding))", "Came for a party.")]
    public void Rules_out_a_text_without_them(string pattern, string text)
    {
        Assert.DoesNotMatch(new Regex(pattern, Options), text);
        Assert.False(LiteralPrefilter.For(pattern, Options).MayMatch(text));
    }

    [Theory]
    [InlineData(@"\btrying\s+to\s+\w+", "TRYING to get through")]
    [InlineData(@"\bwe’d\s+like\b", "WE’D like a table")]
    [InlineData(@"\bkids\b", "with the \u212Aids")]
    public void Lets_through_every_case_the_pattern_matches(string pattern, string text)
    {
        Assert.Matches(new Regex(pattern, Options), text);
        Assert.True(LiteralPrefilter.For(pattern, Options).MayMatch(text));
    }

    public static TheoryData<string> Texts() =>
        [
            "I wanted to book a table for my birthday but couldn't get through.",
            "Wanted to get the bike repaired before my trip. Took 3 weeks to get a slot.",
            "Need to rebook my flight asap!!",
            "we were hoping to celebrate our anniversary here",
            "I'm looking to buy a gift for my wife.",
            "We came here to watch the game with my friends.",
            "How do I cancel my subscription? Is there a way to pause it?",
            "Can you help us to find a quiet room?",
            "It would be great to be able to pay by card.",
            "Perfect for exploring the old town, ideal place for a weekend away.",
            "Handy for the station. Great spot for lunch.",
            "If you're looking to stay near the beach this is it.",
            "We needed a van to move house and I'd like a refund.",
            "We were after a late table. Looking for a quiet room.",
            "I use it mainly to edit photos; we booked the room for visiting family.",
            "Where can I find the menu? how to get the receipt",
            "Anyway to get a discount?",
            "Stayed here for our honeymoon. We ate here for a birthday dinner.",
            "In town for a conference, went back for drinks",
            "Couldn't log in. Getting a Saturday appointment is impossible.",
            "Had trouble logging in and it takes ages to get through.",
            "For my daughter's wedding, on a business trip, during our stay.",
            "Before my flight, after work, with my kids and our dog.",
            "When I'm travelling, by Friday, at short notice, last-minute, in a hurry.",
            "As a regular, I'm a student and we are a family of four.",
            "Ended up calling, we had to walk; switched to another provider.",
            "Never again, fed up, won't be back, frustrating, waste of time.",
            "Love that it's quick, would recommend, will be back, finally a good one.",
            "Worried it wouldn't arrive, not sure if it fits, in case it rains.",
            "Always order the same, usually on Fridays, every time, for years.",
            "My husband and I loved it; my kids loved the pool; celebrating our 10th anniversary.",
            "Birthday party for my son's 5th birthday. As a gift for my mum.",
            "On my commute, working from home, on my way to work, while travelling.",
            "Catering for 40 people, for our office, in bulk.",
            "WANTED TO BOOK A TABLE. COULDN’T GET THROUGH. WE’D LIKE A TABLE BY THE WINDOW.",
            "we’re planning to visit\nneed a taxi to the airport",
            "\u212Aids loved it, for a \u212Aids party",
        ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Never_rules_out_a_text_a_job_pattern_matches(string text)
    {
        var patterns = JobLanguage.Default.Patterns.Values.SelectMany(p => p).ToList();
        var set = JobLanguage.Default.Filters;
        var mayMatch = new bool[set.Count];
        set.Evaluate(text, mayMatch);
        for (var i = 0; i < patterns.Count; i++)
        {
            var matches = patterns[i].IsMatch(text);
            var alone = LiteralPrefilter.For(patterns[i]).MayMatch(text);
            Assert.True(!matches || alone, $"{patterns[i]} matches but its filter says no: {text}");
            Assert.True(alone == mayMatch[i], $"{patterns[i]}: the set and the filter disagree on: {text}");
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Never_rules_out_a_text_a_life_context_pattern_matches(string text)
    {
        foreach (
            var pattern in new[]
            {
                LifeContextPatterns.Role(),
                LifeContextPatterns.Companion(),
                LifeContextPatterns.Person(),
                LifeContextPatterns.Occasion(),
                LifeContextPatterns.OccasionWord(),
                LifeContextPatterns.Circumstance(),
                LifeContextPatterns.Group(),
            }
        )
        {
            Assert.True(
                !pattern.IsMatch(text) || LiteralPrefilter.For(pattern).MayMatch(text),
                $"{pattern} matches but its filter says no: {text}"
            );
        }
    }

    [Fact]
    public void Most_job_patterns_are_filtered()
    {
        var patterns = JobLanguage.Default.Patterns.Values.SelectMany(p => p).ToList();
        var filtered = patterns.Count(p => LiteralPrefilter.For(p).Filters);
        Assert.True(filtered >= patterns.Count * 9 / 10, $"{filtered} of {patterns.Count} patterns have a filter");
    }

    [Fact]
    public void Filters_AskedFromManyThreads_BuiltOnce()
    {
        var language = JobLanguage.Parse(
            JobLanguage.ReadResource("job-language.yaml"),
            JobLanguage.ReadResource("verbs.txt")
        );
        var seen = new LiteralPrefilterSet[8];

        Parallel.For(0, seen.Length, i => seen[i] = language.Filters);

        Assert.All(seen, s => Assert.Same(seen[0], s));
    }
}
