using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class TouchpointLinkerTests
{
    private static readonly TouchpointCatalog Airline = DevSet.Catalog("airline-8");

    [Fact]
    public void Link_CustomerServiceWithChannels_LinksServiceAndEachChannel()
    {
        var links = TouchpointLinker.Link(Airline.Find("customer-service")!, Airline).Select(l => l.TypeId).ToList();

        Assert.Equal("customer-service", links[0]);
        Assert.Contains("phone-line", links);
        Assert.Contains("live-chat", links);
        Assert.Contains("social-media", links);
    }

    [Fact]
    public void Link_TerseBaggage_LinksBaggageType()
    {
        var links = TouchpointLinker.Link(Airline.Find("baggage")!, Airline);

        Assert.Equal("baggage", links[0].TypeId);
    }

    [Fact]
    public void Link_ShopCancellations_DoesNotBorrowAirlineVocabulary()
    {
        var shop = new TouchpointCatalog(
            "shop",
            [
                new Touchpoint
                {
                    Id = "cancellations",
                    Name = "Cancellations",
                    Description = "Cancelling orders.",
                },
            ]
        );

        var links = TouchpointLinker.Link(shop.Touchpoints[0], shop).Select(l => l.TypeId);

        Assert.DoesNotContain("flight-cancellations", links);
        Assert.Contains("order-management", links);
    }

    [Fact]
    public void Link_DescriptionWordQualifyingOwnSubject_IsNotALink()
    {
        var catalog = DevSet.Catalog("support-intents-11");

        var links = TouchpointLinker.Link(catalog.Find("refund")!, catalog);

        Assert.Equal("refunds-returns", links[0].TypeId);
        Assert.True(links[0].ByName);
        Assert.DoesNotContain(links, l => l.TypeId == "order-tracking");
    }

    [Fact]
    public void Link_UnrelatedTouchpoint_LinksNothing()
    {
        var catalog = new TouchpointCatalog(
            "x",
            [
                new Touchpoint
                {
                    Id = "zorbing",
                    Name = "Zorbing",
                    Description = "Rolling downhill in a ball.",
                },
            ]
        );

        Assert.Empty(TouchpointLinker.Link(catalog.Touchpoints[0], catalog));
    }

    [Theory]
    [InlineData("Order confirmation emails", "email")]
    [InlineData("Delivery to the door", "delivery")]
    [InlineData("Website & search", "website search")]
    [InlineData("Order management", "order")]
    [InlineData("Check-in and boarding", "check-in board")]
    public void NameHeadStems_NameParts_AreTheirLastLeadingContentWord(string name, string heads) =>
        Assert.Equal(heads.Split(' ').Order(), TouchpointLinker.NameHeadStems(name).Order());

    [Fact]
    public void Link_ShopCheckout_IsNotAHotelCheckOut()
    {
        var shop = new TouchpointCatalog(
            "shop",
            [
                new Touchpoint
                {
                    Id = "checkout",
                    Name = "Checkout",
                    Description = "Cart and payment at checkout.",
                },
            ]
        );

        var links = TouchpointLinker.Link(shop.Touchpoints[0], shop).Select(l => l.TypeId).ToList();

        Assert.Equal("checkout-payment", links[0]);
        Assert.DoesNotContain("hotel-check-in", links);
    }

    [Fact]
    public void LinkCatalog_TypeNamedByAnotherTouchpoint_IsNotBorrowed()
    {
        var shop = new TouchpointCatalog(
            "shop",
            [
                new Touchpoint
                {
                    Id = "delivery",
                    Name = "Delivery",
                    Description = "Getting parcels to customers.",
                },
                new Touchpoint
                {
                    Id = "loyalty",
                    Name = "Loyalty programme",
                    Description = "Points, rewards and free shipping for members.",
                },
            ]
        );

        var links = TouchpointLinker.LinkCatalog(shop);

        Assert.Contains(links[0], l => l.TypeId == "delivery-shipping" && l.ByName);
        Assert.DoesNotContain(links[1], l => l.TypeId == "delivery-shipping");
    }
}
