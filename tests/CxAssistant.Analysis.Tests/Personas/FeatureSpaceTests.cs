using CxAssistant.Analysis.Personas;

namespace CxAssistant.Analysis.Tests.Personas;

/// <summary>
/// The feature space keeps which features each customer has as bits, not the raw shares: every feature weight is
/// positive, so a customer has a feature exactly when its weighted vector is above 0 there.
/// </summary>
public sealed class FeatureSpaceTests(PersonaSamples samples) : IClassFixture<PersonaSamples>
{
    [Theory]
    [MemberData(nameof(PersonaSamples.Names), MemberType = typeof(PersonaSamples))]
    public void Build_Sample_HasAndHoldingAgreeWithTheVectors(string sample)
    {
        var (analysis, _) = samples.Get(sample);
        var customers = CustomerProfiles.Build(analysis);

        var space = FeatureSpace.Build(analysis, customers);

        Assert.Equal(customers.Count, space.Customers);
        for (var f = 0; f < space.Features.Count; f++)
        {
            var holding = 0;
            for (var c = 0; c < space.Customers; c++)
            {
                Assert.Equal(space.Vectors[c][f] > 0, space.Has(c, f));
                holding += space.Vectors[c][f] > 0 ? 1 : 0;
            }
            Assert.Equal(holding, space.Holding(f));
        }
        Assert.Contains(Enumerable.Range(0, space.Features.Count), f => space.Holding(f) > 0);
    }
}
