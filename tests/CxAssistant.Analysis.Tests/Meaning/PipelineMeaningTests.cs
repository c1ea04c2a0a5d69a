using CxAssistant.LocalModel;

namespace CxAssistant.Analysis.Tests.Meaning;

public sealed class PipelineMeaningTests
{
    [Fact]
    public void Analyse_Sample_EveryRecordHasItsMeaningVectorFromTheFullModel()
    {
        var a = SampleRuns.Analysis("bloom-and-crumb");

        Assert.NotNull(a.Meaning);
        Assert.Equal(a.Records.Count, a.Meaning.Count);
        // A sample is a small business: within the full model's budget, so the transformer read it, and the report says
        // so.
        Assert.Equal(MiniLmResources.ModelName, a.Meaning.ModelId);
        Assert.StartsWith("Meaning was read by the full language model", a.MeaningEncoder);
        // Records that share a touchpoint are closer, on average, than records that share none: the vectors belong to
        // their records and carry what they are about.
        var same = new List<float>();
        var different = new List<float>();
        for (var i = 0; i < a.Records.Count; i++)
        {
            for (var j = i + 1; j < a.Records.Count; j++)
            {
                var ti = a.Annotations[i].PrimaryTouchpoint;
                var tj = a.Annotations[j].PrimaryTouchpoint;
                if (ti is null || tj is null)
                {
                    continue;
                }
                (ti == tj ? same : different).Add(a.Meaning.Similarity(i, j));
            }
        }
        Assert.True(
            same.Average() > different.Average() + 0.02,
            $"same {same.Average():0.000}, different {different.Average():0.000}"
        );
    }
}
