using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

public sealed class TouchpointDiscoveryTests
{
    private static readonly TouchpointCatalog Restaurant = DevSet.Catalog("restaurant-8");

    private static readonly string[] Parking =
    [
        "Could not find a parking space anywhere nearby",
        "Parking was a nightmare on Friday",
        "No parking, we drove around for 20 minutes",
        "The car park was full again",
        "Parking lot is tiny and always full",
        "Had to park three streets away",
    ];

    private static readonly string[] Karaoke =
    [
        "Karaoke night was way too long",
        "Loved the karaoke night on Thursday",
        "karaoke night every week is a bit much",
        "Can you stop the karaoke night?",
        "We came for the karaoke night and stayed",
        "karaoke night went on until 2am",
    ];

    private static readonly string[] Covered =
    [
        "The pasta was bland",
        "Our waiter was rude",
        "Too expensive",
        "Bathroom was dirty",
        "Music too loud",
        "Steak was perfect",
        "Waited an hour for food",
        "Booked a table online easily",
        "Dessert was lovely",
        "Server was great",
    ];

    [Fact]
    public void Discover_UncoveredParkingComplaints_ProposesParkingFromKnowledge()
    {
        var (records, annotations) = Data([.. Covered, .. Parking]);

        var found = TouchpointDiscovery.Discover(
            records,
            annotations,
            Restaurant,
            new DiscoveryOptions { MinSupport = 5 }
        );

        var parking = Assert.Single(found);
        Assert.Equal("parking-location", parking.Touchpoint.Id);
        Assert.Equal("Location and parking", parking.Touchpoint.Name);
        Assert.Equal(TouchpointOrigin.Discovered, parking.Touchpoint.Origin);
        Assert.Equal(6, parking.EvidenceIds.Count);
        Assert.Contains("parking", parking.Terms);
    }

    [Fact]
    public void Discover_UnknownRecurringTheme_ProposesNgramTouchpoint()
    {
        var (records, annotations) = Data([.. Covered, .. Karaoke]);

        var found = TouchpointDiscovery.Discover(
            records,
            annotations,
            Restaurant,
            new DiscoveryOptions { MinSupport = 5 }
        );

        var karaoke = Assert.Single(found);
        Assert.Equal("Karaoke night", karaoke.Touchpoint.Name);
        Assert.Equal("karaoke-night", karaoke.Touchpoint.Id);
        Assert.Equal(6, karaoke.EvidenceIds.Count);
    }

    [Fact]
    public void Discover_ThemeNamedByAVerb_IsNotProposed()
    {
        // "Ended" recurs, in its verb forms, where the catalog has nothing to say: a phrase, not a touchpoint.
        string[] ended =
        [
            "I ended up buying two",
            "We ended up leaving early",
            "They end up closing the kitchen",
            "It ended with an argument",
            "You always end up waiting",
            "I ended up ordering twice",
            "We ended up at the bar next door",
        ];
        var (records, annotations) = Data([.. Covered, .. ended]);

        var found = TouchpointDiscovery.Discover(
            records,
            annotations,
            Restaurant,
            new DiscoveryOptions { MinSupport = 5 }
        );

        Assert.False(
            found.Any(d => d.Touchpoint.Name.StartsWith("End", StringComparison.OrdinalIgnoreCase)),
            string.Join(", ", found.Select(d => d.Touchpoint.Name))
        );
    }

    [Fact]
    public void Discover_ThemeFromOneCustomer_IsNotProposed()
    {
        var (records, annotations) = Data([.. Covered, .. Karaoke], customerId: _ => "same-customer");

        Assert.Empty(
            TouchpointDiscovery.Discover(records, annotations, Restaurant, new DiscoveryOptions { MinSupport = 5 })
        );
    }

    [Fact]
    public void Discover_ThemeTheCatalogCovers_IsNotProposed()
    {
        var (records, annotations) = Data([.. Covered, .. Parking]);
        var withParking = Restaurant.With([
            new Touchpoint
            {
                Id = "parking",
                Name = "Parking",
                Description = "Parking spaces near us.",
            },
        ]);

        Assert.Empty(
            TouchpointDiscovery.Discover(records, annotations, withParking, new DiscoveryOptions { MinSupport = 5 })
        );
    }

    [Fact]
    public void Discover_SameInput_SameOrder()
    {
        var (records, annotations) = Data([.. Covered, .. Parking, .. Karaoke]);

        var first = TouchpointDiscovery.Discover(
            records,
            annotations,
            Restaurant,
            new DiscoveryOptions { MinSupport = 5 }
        );
        var second = TouchpointDiscovery.Discover(
            records,
            annotations,
            Restaurant,
            new DiscoveryOptions { MinSupport = 5 }
        );

        Assert.Equal(["parking-location", "karaoke-night"], first.Select(d => d.Touchpoint.Id));
        Assert.Equal(first.Select(d => d.Touchpoint.Id), second.Select(d => d.Touchpoint.Id));
    }

    /// <summary>Records annotated with the restaurant matcher, as the pipeline would.</summary>
    private static (List<EvidenceRecord>, List<Annotation>) Data(string[] texts, Func<int, string>? customerId = null)
    {
        var matcher = new TouchpointMatcher(Restaurant);
        var records = texts
            .Select(
                (t, i) =>
                    new EvidenceRecord
                    {
                        Id = $"e{i}",
                        RecordId = $"{i + 1}",
                        Source = new SourceLocation("reviews.csv", i + 2),
                        Channel = Channel.Review,
                        Text = t,
                        CustomerId = customerId?.Invoke(i) ?? $"c{i}",
                    }
            )
            .ToList();
        var annotations = records
            .Select(r => new Annotation { EvidenceId = r.Id, Touchpoints = matcher.Match(r.Text) })
            .ToList();
        return (records, annotations);
    }
}
