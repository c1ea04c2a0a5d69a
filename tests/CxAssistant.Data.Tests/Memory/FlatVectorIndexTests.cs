using System.Numerics.Tensors;
using CxAssistant.Data.Memory.Embedded;

namespace CxAssistant.Data.Tests.Memory;

public sealed class FlatVectorIndexTests
{
    private static float[] RandomVector(Random random, int dims)
    {
        var v = new float[dims];
        for (var i = 0; i < dims; i++)
        {
            v[i] = random.NextSingle() * 2f - 1f;
        }
        return v;
    }

    private static FlatVectorIndex RandomIndex(int count, int seed, int parallelThreshold = 32_768)
    {
        var random = new Random(seed);
        var index = new FlatVectorIndex(384, quantise: true, capacity: count) { ParallelThreshold = parallelThreshold };
        for (var i = 0; i < count; i++)
        {
            index.Add(RandomVector(random, 384));
        }
        return index;
    }

    [Fact]
    public void Search_Quantised_Top1AgreesWithExactOnAtLeast95Percent()
    {
        var index = RandomIndex(5_000, seed: 1);
        var random = new Random(2);
        var agree = 0;
        for (var q = 0; q < 200; q++)
        {
            var query = RandomVector(random, 384);
            agree +=
                index.Search(query, 10, useQuantised: true)[0].Slot
                == index.Search(query, 10, useQuantised: false)[0].Slot
                    ? 1
                    : 0;
        }
        Assert.True(agree >= 190, $"{agree}/200 agree");
    }

    [Fact]
    public void Search_Exact_MatchesBruteForceOrder()
    {
        var index = RandomIndex(500, seed: 3);
        var query = RandomVector(new Random(4), 384);
        var normalised = query.ToArray();
        TensorPrimitives.Divide(normalised, TensorPrimitives.Norm(normalised), normalised);
        var expected = Enumerable
            .Range(0, 500)
            .OrderByDescending(i => TensorPrimitives.Dot(normalised, index.Vector(i)))
            .Take(10);
        Assert.Equal(expected, index.Search(query, 10, useQuantised: false).Select(s => s.Slot));
    }

    [Fact]
    public void Search_ParallelSplit_SameAsSingleThread()
    {
        var parallel = RandomIndex(3_000, seed: 5, parallelThreshold: 1_000);
        var single = RandomIndex(3_000, seed: 5, parallelThreshold: int.MaxValue);
        var query = RandomVector(new Random(6), 384);
        Assert.Equal(single.Search(query, 10).Select(s => s.Slot), parallel.Search(query, 10).Select(s => s.Slot));
    }

    [Fact]
    public void Search_QuantisedScores_AreExactFloatScores()
    {
        var index = RandomIndex(1_000, seed: 7);
        var query = RandomVector(new Random(8), 384);
        var exact = index.Search(query, 5, useQuantised: false);
        var quantised = index.Search(query, 5, useQuantised: true);
        Assert.Equal(exact[0].Score, quantised[0].Score, 5);
    }

    [Fact]
    public void RemoveAt_MiddleSlot_LastVectorMovesIn()
    {
        var index = RandomIndex(3, seed: 9);
        var last = index.Vector(2).ToArray();
        Assert.Equal(2, index.RemoveAt(0));
        Assert.Equal(2, index.Count);
        Assert.Equal(last, index.Vector(0).ToArray());
        Assert.Equal(0, index.Search(last, 1)[0].Slot);
    }

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(1_000)]
    public void Search_CancelledToken_ThrowsOperationCanceled(int parallelThreshold)
    {
        var index = RandomIndex(3_000, seed: 10, parallelThreshold);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            index.Search(RandomVector(new Random(11), 384), 10, cancellationToken: cancelled.Token)
        );
    }
}
