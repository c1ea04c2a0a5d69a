using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Touchpoints;

namespace CxAssistant.Analysis.Tests.Touchpoints;

/// <summary>
/// Discovered themes are named by class-based TF-IDF over noun phrases; a theme no noun phrase names is dropped and
/// counted. Inputs are the kind of sentences that used to produce "Ended", "Open", "Name", "Hands", "Deal", "Show".
/// </summary>
public sealed class ThemeNamerTests
{
    private static readonly TouchpointCatalog Restaurant = DevSet.Catalog("restaurant-8");

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

    // Words customers use as verbs, frames and idioms far more than as the name of anything they met.
    private static readonly string[] Junk =
    [
        "I ended up buying two",
        "We ended up leaving early",
        "They end up closing the kitchen",
        "You always end up waiting",
        "Hands down the best brunch in town",
        "Hands down my favourite, handed it to them",
        "It was hands down better than last year",
        "They open at seven and we opened the door at five past",
        "They opened late again, open whenever they like",
        "Will you open earlier on Sundays, they opened at ten",
        "Can't remember the name of the band, they named it after a song",
        "The name escapes me, the one named after the owner",
        "Whatever the name is, the guy named it well",
        "Not a big deal, what a deal, dealt with it",
        "The real deal, they dealt with us kindly",
        "Great deal, dealing with them was easy",
        "Show me a better one, they showed us around",
        "They showed up late, the show must go on",
        "Shows you how much they care, showing off",
    ];

    private static readonly HashSet<string> JunkNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "End",
        "Ended",
        "Open",
        "Name",
        "Hands",
        "Hand",
        "Deal",
        "Real deal",
        "Show",
        "Showed",
    };

    [Fact]
    public void Run_VerbsIdiomsAndFrames_NoJunkName()
    {
        var (records, annotations) = Data([.. Covered, .. Junk]);

        var result = TouchpointDiscovery.Run(records, annotations, Restaurant, new DiscoveryOptions { MinSupport = 3 });

        Assert.DoesNotContain(result.Touchpoints, d => JunkNames.Contains(d.Touchpoint.Name));
        Assert.All(result.Touchpoints, d => Assert.False(d.Touchpoint.Name.EndsWith("ed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Name_TwoThemesSharingWords_EachNamedByItsDistinctivePhrase()
    {
        // "the shop" is said everywhere: class-based TF-IDF names each theme by what sets it apart.
        string[] wrapping =
        [
            "The shop did the gift wrapping beautifully",
            "Gift wrapping at the shop took ages",
            "Loved the gift wrapping, the shop was busy",
            "The gift wrapping paper tore, the shop apologised",
        ];
        string[] points =
        [
            "The shop never added my loyalty points",
            "Loyalty points vanished after the shop moved",
            "My loyalty points expired, the shop said nothing",
            "The loyalty points were easy to use at the shop",
        ];
        string[] rest = ["The shop was warm", "Nice shop near the station", "The shop had friendly people"];
        var (context, clusters) = Context([wrapping, points, rest]);

        var namings = ThemeNamer.Name(context, clusters[..2], new TouchpointMatcher(Restaurant));

        Assert.Equal("gift wrapping", namings[0]?.Name);
        Assert.Equal("loyalty points", namings[1]?.Name);
    }

    [Fact]
    public void Name_ClusterOfAnIngNoun_NamedByIt()
    {
        // "parking" shares its stem with the verb "park", but customers meet it as a thing: it names the theme.
        string[] parking =
        [
            "The parking was a nightmare",
            "Parking is impossible on weekends, the parking fills by noon",
            "The parking costs a fortune",
            "Street parking only, and the parking signs are confusing",
        ];
        var (context, clusters) = Context([parking, Covered]);

        var namings = ThemeNamer.Name(context, clusters[..1], new TouchpointMatcher(Restaurant));

        Assert.Equal("parking", namings[0]?.Name);
    }

    [Fact]
    public void Name_ClusterOnlyAFrameNounSpeaksFor_Null()
    {
        // "name" recurs, but only as a frame ("the name of …"); no noun phrase has the support to name the theme.
        string[] names =
        [
            "Can't remember the name of the band",
            "Whatever the name is, it was fun",
            "The name escapes me, the poet one",
            "A name I forget, sadly",
        ];
        var (context, clusters) = Context([names, ["The shop was warm", "Lovely tea"]]);

        var namings = ThemeNamer.Name(context, clusters[..1], new TouchpointMatcher(Restaurant));

        Assert.Null(namings[0]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(13)]
    [InlineData(16)]
    public void Name_ClusterOfAVerbOrAnIdiom_Null(int first)
    {
        // Each cluster is the sentences a word-count clustering groups by "end", "hands", "open", "name", "deal" or "show":
        // frequent, shared by several customers, and still no name for what customers met.
        var cluster = Junk[first..(first + 3)];
        var (context, clusters) = Context([cluster, Covered]);

        var namings = ThemeNamer.Name(context, clusters[..1], new TouchpointMatcher(Restaurant));

        Assert.Null(namings[0]);
    }

    [Theory]
    [InlineData("I ended up buying two", "ended")]
    [InlineData("They open at seven", "open")]
    [InlineData("Can you show me the way", "show")]
    [InlineData("Hands down the best", "hands down")]
    public void Of_VerbsAndIdioms_NoSuchPhrase(string sentence, string phrase)
    {
        Assert.DoesNotContain(NounPhrases.Of(sentence), p => p.Text == phrase);
    }

    [Theory]
    [InlineData("No parking anywhere near the place", "parking")]
    [InlineData("Couldn't find a table nearby", "table")]
    [InlineData("Waited for a cab somewhere around midnight", "cab")]
    public void Of_WordOfPlaceAfterANoun_CutsThePhrase(string sentence, string phrase)
    {
        // "anywhere near" says where, it names nothing: the noun before it is the phrase.
        var phrases = NounPhrases.Of(sentence).Select(p => p.Text).ToList();

        Assert.Contains(phrase, phrases);
        Assert.DoesNotContain(phrases, p =>
            p.EndsWith(" near", StringComparison.Ordinal)
            || p.EndsWith("nearby", StringComparison.Ordinal)
            || p.EndsWith(" around", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void Of_Sentence_ModifierAndHeadWithoutOpinionWords()
    {
        var phrases = NounPhrases.Of("The amazing karaoke night was far too long").Select(p => p.Text).ToList();

        Assert.Contains("karaoke night", phrases);
        Assert.Contains("night", phrases);
        Assert.DoesNotContain(phrases, p => p.Contains("amazing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("end")]
    [InlineData("name")]
    [InlineData("hands")]
    [InlineData("deal")]
    [InlineData("ended")]
    [InlineData("great")]
    public void CanName_VagueVerbFormOrOpinion_False(string word)
    {
        Assert.False(NounPhrases.CanName(word));
    }

    /// <summary>One record (and customer) per sentence; each group of sentences one cluster, in order.</summary>
    private static (DiscoveryContext, List<int>[]) Context(string[][] groups)
    {
        var texts = groups.SelectMany(g => g).ToArray();
        var (records, _) = Data(texts);
        var units = texts.Select((t, i) => new DiscoveryUnit(i, t, TermText.Terms(t), Explained: false)).ToList();
        var context = new DiscoveryContext(records, units, new bool[units.Count], [], [], 3, 3);
        var clusters = new List<int>[groups.Length];
        var start = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            clusters[g] = [.. Enumerable.Range(start, groups[g].Length)];
            start += groups[g].Length;
        }
        return (context, clusters);
    }

    private static (List<EvidenceRecord>, List<Annotation>) Data(string[] texts)
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
                        CustomerId = $"c{i}",
                    }
            )
            .ToList();
        var annotations = records
            .Select(r => new Annotation { EvidenceId = r.Id, Touchpoints = matcher.Match(r.Text) })
            .ToList();
        return (records, annotations);
    }
}
