using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;
using CxAssistant.Core.Validation;

namespace CxAssistant.Core.Tests.Personas;

public sealed class PersonaCheckTests
{
    [Fact]
    public void Check_CompleteGroundedCard_NoFindings()
    {
        Assert.Empty(PersonaCheck.Check(PersonaCards.Valid(), PersonaCards.Evidence));
    }

    [Fact]
    public void Check_EmptyQuadrant_NamesTheQuadrant()
    {
        var card = PersonaCards.Valid();
        card = card with { EmpathyMap = card.EmpathyMap with { Hears = [] } };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Equal(PersonaCheck.Name, finding.Check);
        Assert.Contains("'Hears' is empty", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ParaphrasedQuote_GroundingFinding()
    {
        var paraphrase = PersonaCards.Waited with { Text = "Waited twenty minutes for my pre-order." };
        var card = PersonaCards.Valid() with { Quotes = [paraphrase, PersonaCards.Staff] };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Equal(GroundingCheck.Name, finding.Check);
        Assert.Contains("is not the text at [0, 35)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuoteOfMissingEvidence_GroundingFinding()
    {
        var card = PersonaCards.Valid() with
        {
            Quotes = [PersonaCards.Waited, new EvidenceQuote("nope", 0, 4, "Wait")],
        };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Contains("'nope', which does not exist", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneQuote_AsksForTwo()
    {
        var card = PersonaCards.Valid() with { Quotes = [PersonaCards.Waited] };

        Assert.Contains(PersonaCheck.Check(card, PersonaCards.Evidence), f =>
            f.Message.Contains("at least 2 are needed", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData(PersonaRoleKind.Stakeholder)]
    [InlineData(PersonaRoleKind.Client)]
    public void Check_RoleOutsideAllowedSet_Rejected(PersonaRoleKind kind)
    {
        var card = PersonaCards.Valid() with { Role = new PersonaRole(kind, "because") };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Contains("never stakeholders", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ItemWithNeitherQuoteNorFact_Unsupported()
    {
        var card = PersonaCards.Valid() with { Gains = [new PersonaItem("Loves everything", [])] };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Contains(
            "\"Loves everything\" has neither a quote nor a computed fact",
            finding.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Check_ShareFractionNotCustomersOverTotal_Reported()
    {
        var card = PersonaCards.Valid() with { Share = new PersonaShare(20, 100, 40, 200, 0.25) };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Contains("does not equal 20/100 = 0.2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MoreCustomersThanTotal_Reported()
    {
        var card = PersonaCards.Valid() with { Share = new PersonaShare(120, 100, 240, 200, 1.2) };

        Assert.Contains(PersonaCheck.Check(card, PersonaCards.Evidence), f =>
            f.Message.Contains("120 customers out of 100", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Check_EvidenceBasedBelowThreshold_AsksForProtoPersona()
    {
        var card = PersonaCards.Valid(customers: 10, records: 40) with { EvidenceBased = true };

        var finding = Assert.Single(PersonaCheck.Check(card, PersonaCards.Evidence));

        Assert.Contains("mark it a proto-persona", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeyTouchpointCountsMoreCustomersThanMentions_Reported()
    {
        var card = PersonaCards.Valid() with { KeyTouchpoints = [new KeyTouchpoint("pickup", "Pickup", 3, 9, -0.4)] };

        Assert.Contains(PersonaCheck.Check(card, PersonaCards.Evidence), f =>
            f.Message.Contains("3 mentions from 9 customers", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void CheckAll_SamePersonName_Reported()
    {
        var first = PersonaCards.Valid(customers: 20);
        var second = PersonaCards.Valid(customers: 30) with
        {
            Id = "persona-2",
            Name = "Commuter Clara — the late-night regular",
        };

        var finding = Assert.Single(PersonaCheck.CheckAll([first, second], PersonaCards.Evidence));

        Assert.Contains("'Commuter Clara' is used by 2 cards", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAll_SharesAboveEveryone_Reported()
    {
        var first = PersonaCards.Valid(customers: 60, records: 100);
        var second = PersonaCards.Valid(customers: 50, records: 90) with
        {
            Id = "persona-2",
            Name = "Family Fiona — the cake planner",
        };

        Assert.Contains(PersonaCheck.CheckAll([first, second], PersonaCards.Evidence), f =>
            f.Message.Contains("cover 110 customers but there are only 100", StringComparison.Ordinal)
        );
    }

    [Theory]
    [InlineData(14, 100, false)]
    [InlineData(15, 29, false)]
    [InlineData(15, 30, true)]
    [InlineData(40, 300, true)]
    public void IsEvidenceBased_Thresholds_ProtoBelowEither(int customers, int records, bool expected)
    {
        Assert.Equal(expected, PersonaThresholds.IsEvidenceBased(customers, records));
    }

    [Fact]
    public void PersonName_NameWithTag_ReturnsHumanPart()
    {
        Assert.Equal("Commuter Clara", PersonaCheck.PersonName("Commuter Clara — the pre-order regular"));
    }
}
