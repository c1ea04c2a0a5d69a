using CxAssistant.Analysis.Personas;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Validation;

namespace CxAssistant.Analysis.Tests.Personas;

public sealed class PersonaDrafterSampleTests(PersonaSamples samples) : IClassFixture<PersonaSamples>
{
    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_AtLeastTwoPersonasWithDistinctNames(string sample)
    {
        var (_, cards) = samples.Get(sample);

        Assert.True(cards.Count >= 2, $"{cards.Count} personas");
        Assert.Equal(
            cards.Count,
            cards.Select(c => PersonaCheck.PersonName(c.Name)).Distinct(StringComparer.OrdinalIgnoreCase).Count()
        );
        Assert.Equal(
            cards.Count,
            cards.Select(c => c.Name.Split(' ')[0]).Distinct(StringComparer.OrdinalIgnoreCase).Count()
        );
        Assert.All(cards, c => Assert.Contains(" — the ", c.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_EveryQuoteVerbatim(string sample)
    {
        var (analysis, cards) = samples.Get(sample);

        var quotes = cards.SelectMany(c => c.AllQuotes()).ToList();

        Assert.NotEmpty(quotes);
        Assert.Empty(GroundingCheck.Check(quotes, GroundingCheck.Index(analysis.Records)));
    }

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_GainsAreNeverQuotedFromAQuestion(string sample)
    {
        // "is shipping free for gold members?" sounds warm to a lexicon but is a question, not praise.
        var (analysis, cards) = samples.Get(sample);
        var intents = analysis
            .Records.Select((r, i) => (r.Id, analysis.Annotations[i].Intent))
            .ToDictionary(x => x.Id, x => x.Intent);

        var quoted = cards
            .SelectMany(c => c.Gains)
            .SelectMany(g => g.Quotes)
            .Select(q => intents[q.EvidenceId])
            .ToList();

        Assert.NotEmpty(quoted);
        Assert.DoesNotContain(Intent.Question, quoted);
        Assert.DoesNotContain(Intent.HelpRequest, quoted);
    }

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_EveryCardPassesPersonaCheck(string sample)
    {
        var (analysis, cards) = samples.Get(sample);

        Assert.Empty(PersonaCheck.CheckAll(cards, GroundingCheck.Index(analysis.Records)));
    }

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_SharesPartitionTheCustomers(string sample)
    {
        var (_, cards) = samples.Get(sample);

        Assert.Equal(cards[0].Share.TotalCustomers, cards.Sum(c => c.Share.Customers));
        Assert.Equal(cards[0].Share.TotalRecords, cards.Sum(c => c.Share.Records));
        Assert.Equal(cards.OrderByDescending(c => c.Share.Customers).Select(c => c.Id), cards.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_SameAnalysisTwice_SameCards(string sample)
    {
        var (analysis, cards) = samples.Get(sample);

        var again = PersonaDrafter.Draft(analysis, new PersonaOptions());

        Assert.Equal(cards.Select(c => c.Name), again.Select(c => c.Name));
        Assert.Equal(cards.Select(c => c.Share), again.Select(c => c.Share));
        Assert.Equal(cards.SelectMany(c => c.Quotes), again.SelectMany(c => c.Quotes));
    }

    [Fact]
    public void Draft_CountOverride_ThatManyPersonas()
    {
        var (analysis, _) = samples.Get("trailhead-outfitters");

        Assert.Equal(3, PersonaDrafter.Draft(analysis, new PersonaOptions { Count = 3 }).Count);
    }

    [Fact]
    public void Draft_Bloom_CateringAccountsAreAnEconomicBuyerProtoPersona()
    {
        var (analysis, cards) = samples.Get("bloom-and-crumb");
        var notes = analysis
            .Records.Where(r => r.Channel == Core.Evidence.Channel.SalesNote)
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);

        var buyer = Assert.Single(cards, c => c.Role.Kind == PersonaRoleKind.EconomicBuyer);

        Assert.False(buyer.EvidenceBased);
        Assert.Contains(buyer.AllQuotes(), q => notes.Contains(q.EvidenceId));
        Assert.All(cards.Where(c => c != buyer), c => Assert.NotEqual(PersonaRoleKind.EconomicBuyer, c.Role.Kind));
    }

    [Fact]
    public void Draft_Trailhead_FamilyTripSegmentBuysForUsers()
    {
        var (_, cards) = samples.Get("trailhead-outfitters");

        var family = Assert.Single(cards, c => c.Role.BuysFor is not null);
        Assert.Equal(PersonaRoleKind.Customer, family.Role.Kind);
        // The segment is drawn by its strongest traits (trip, family, or both, as the job states move the clusters);
        // who it buys for is read from its customers' words.
        Assert.Contains(family.Segment.Traits, t => t is { Kind: "context", Value: "family" or "trip" });
        Assert.Contains("family", family.Role.BuysFor, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Trailhead_HasARentalPersona()
    {
        var (_, cards) = samples.Get("trailhead-outfitters");

        Assert.Contains(cards, c =>
            c.Name.StartsWith("Renter ", StringComparison.Ordinal)
            && c.Jobs.Concat(c.EmpathyMap.Sees)
                .Any(i => i.Quotes.Any(q => q.Text.Contains("rental", StringComparison.OrdinalIgnoreCase)))
        );
    }

    [Fact]
    public void Draft_Sample_AgentTurnsAreNotCustomers()
    {
        var (analysis, cards) = samples.Get("trailhead-outfitters");
        var agentIds = analysis
            .Records.Where(r => r.IsBusinessSpeaker)
            .Select(r => r.Id)
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(agentIds);
        Assert.DoesNotContain(cards.SelectMany(c => c.Quotes), q => agentIds.Contains(q.EvidenceId));
        Assert.DoesNotContain(cards.SelectMany(c => c.EmpathyMap.Says).SelectMany(i => i.Quotes), q =>
            agentIds.Contains(q.EvidenceId)
        );
    }
}
