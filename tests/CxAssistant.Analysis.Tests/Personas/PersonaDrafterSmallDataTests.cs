using System.Globalization;
using System.Text;
using CxAssistant.Analysis.Personas;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Personas;

namespace CxAssistant.Analysis.Tests.Personas;

public sealed class PersonaDrafterSmallDataTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cx-personas-" + Guid.NewGuid().ToString("N"));

    public PersonaDrafterSmallDataTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Draft_TwelveCustomers_EveryCardIsAProtoPersona()
    {
        var csv = new StringBuilder("id,customer_id,nps,plan,comment\n");
        for (var i = 0; i < 12; i++)
        {
            csv.Append(
                    CultureInfo.InvariantCulture,
                    $"r{i},C{i},{(i % 2 == 0 ? 9 : 3)},{(i % 2 == 0 ? "pro" : "basic")},"
                )
                .AppendLine(
                    i % 2 == 0
                        ? "\"Delivery was quick and the staff were lovely, thank you!\""
                        : "\"Waited two weeks for delivery, nobody told me anything.\""
                );
        }
        File.WriteAllText(Path.Combine(_folder, "feedback.csv"), csv.ToString());
        var analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [_folder] });

        var cards = PersonaDrafter.Draft(analysis, new PersonaOptions());

        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.False(c.EvidenceBased));
        Assert.Equal(12, cards.Sum(c => c.Share.Customers));
        Assert.DoesNotContain(PersonaCheck.CheckAll(cards, Core.Validation.GroundingCheck.Index(analysis.Records)), f =>
            f.Message.Contains("proto-persona", StringComparison.Ordinal)
            || f.Check == Core.Validation.GroundingCheck.Name
        );
    }

    [Fact]
    public void Draft_ThreeCustomers_OneProtoPersonaCoveringAll()
    {
        var analysis = AnalysisFixture.Build();

        var card = Assert.Single(PersonaDrafter.Draft(analysis, new PersonaOptions()));

        Assert.False(card.EvidenceBased);
        Assert.Equal(3, card.Share.Customers);
        Assert.Equal(1.0, card.Share.Fraction);
    }

    [Fact]
    public void Draft_CountAboveCustomers_ClampedToCustomers()
    {
        var analysis = AnalysisFixture.Build();

        Assert.Equal(3, PersonaDrafter.Draft(analysis, new PersonaOptions { Count = 10 }).Count);
    }

    [Fact]
    public void Draft_TwoSeparateGroups_SplitsAlongThem()
    {
        var csv = new StringBuilder("id,customer_id,nps,plan,comment\n");
        for (var i = 0; i < 40; i++)
        {
            csv.Append(
                    CultureInfo.InvariantCulture,
                    $"r{i},C{i},{(i % 2 == 0 ? 10 : 2)},{(i % 2 == 0 ? "pro" : "basic")},"
                )
                .AppendLine(
                    i % 2 == 0
                        ? "\"Love the app, checkout takes seconds and the staff are lovely.\""
                        : "\"My parcel never arrived and support never called back, I had to chase twice.\""
                );
        }
        File.WriteAllText(Path.Combine(_folder, "feedback.csv"), csv.ToString());
        var analysis = new AnalysisPipeline().Run(new AnalyzeOptions { Paths = [_folder] });

        var cards = PersonaDrafter.Draft(analysis, new PersonaOptions());

        Assert.Equal(2, cards.Count);
        Assert.All(cards, c => Assert.Equal(20, c.Share.Customers));
        Assert.Contains(cards, c =>
            c.Segment.Traits.Any(t => t is { Kind: "metadata", Field: "plan", Value: "pro", SegmentShare: 1 })
        );
    }
}
