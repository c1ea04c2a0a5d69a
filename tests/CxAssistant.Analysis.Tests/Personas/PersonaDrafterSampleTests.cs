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

    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Draft_Sample_EveryContextTraitIsSaidInTheSample(string sample)
    {
        var (analysis, cards) = samples.Get(sample);
        var contexts = LifeContexts.Mine(analysis.Records, analysis.Catalog);

        Assert.All(cards.SelectMany(c => c.Segment.Traits).Where(t => t.Kind == FeatureKinds.Context), t =>
        {
            var context = contexts.Find(t.Value);
            Assert.NotNull(context);
            Assert.Contains(analysis.Records, r => r.IsCustomerVoice && context.FirstMatch(r.Text) is not null);
        });
    }

    [Fact]
    public void Mine_Bloom_CompanionsAndOccasionFromTheCustomersWords()
    {
        // Bakery customers write "for my son", "my daughter's birthday": people and an occasion the data confirms.
        var (analysis, _) = samples.Get("bloom-and-crumb");

        var contexts = LifeContexts.Mine(analysis.Records, analysis.Catalog);

        var companion = Assert.Single(contexts.All, c => c.Kind == LifeContextKind.Companion);
        Assert.Contains("daughter", companion.Description, StringComparison.Ordinal);
        Assert.Contains("son", companion.Description, StringComparison.Ordinal);
        var occasion = Assert.Single(contexts.All, c => c.Kind == LifeContextKind.Occasion);
        Assert.Equal("comes for an occasion: birthday", occasion.Description);
    }

    [Fact]
    public void Mine_Trailhead_FirstTripIsALifeContextTheCatalogsThingsAreNot()
    {
        // "for my first trip" is a situation; "on my rental" is a touchpoint the catalog reads, not a life context.
        var (analysis, _) = samples.Get("trailhead-outfitters");

        var contexts = LifeContexts.Mine(analysis.Records, analysis.Catalog);

        var trip = Assert.Single(contexts.All, c => c.Key == "circumstance:first trip");
        Assert.Equal("First-trip", trip.Epithet);
        Assert.DoesNotContain(contexts.All, c => c.Key.Contains("rental", StringComparison.Ordinal));
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
