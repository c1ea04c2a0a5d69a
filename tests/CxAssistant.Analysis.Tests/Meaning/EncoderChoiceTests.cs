using CxAssistant.Analysis.Meaning;
using CxAssistant.LocalModel;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Tests.Meaning;

public sealed class EncoderChoiceTests
{
    [Fact]
    public void ChooseFor_SmallBusiness_ReadsWithTheFullModel()
    {
        var choice = MeaningEncoder.ChooseFor([
            "The courier left my parcel in the rain.",
            "Lovely staff, quick refund.",
        ]);

        Assert.True(choice.IsFull);
        Assert.Equal(
            MiniLmResources.ModelName,
            choice.Encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId
        );
        Assert.Contains("full language model", choice.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ChooseFor_BusinessOverTheBudget_ReadsWithTheStaticTable()
    {
        // Distinct long texts: each counts up to 256 tokens, so this many are over the budget.
        var count = (int)(MeaningEncoder.FullModelTokenBudget / MiniLmResources.MaxSequenceLength) + 10;
        var texts = Enumerable.Range(0, count).Select(i => $"Review {i}: " + new string('x', 2000)).ToList();

        var choice = MeaningEncoder.ChooseFor(texts);

        Assert.False(choice.IsFull);
        Assert.Equal(MeaningEncoder.ModelId, choice.Encoder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        Assert.Contains("over the full model's budget", choice.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateTokens_RepeatedTexts_CountOnce()
    {
        var once = MeaningEncoder.EstimateTokens(["Great service, will be back."]);

        Assert.Equal(
            once,
            MeaningEncoder.EstimateTokens(["Great service, will be back.", "Great service, will be back."])
        );
        Assert.InRange(once, 5, 12);
    }
}
