using Grpc.Core;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using Xunit.Abstractions;

namespace CxAssistant.Qdrant.Tests;

/// <summary>
/// What Qdrant refuses on the wire, sent with the raw <see cref="QdrantClient"/> to a collection the adapter made: the
/// contract server must refuse the same requests with the same status as a real Qdrant (run on every target).
/// </summary>
public sealed class WireContractTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_UnknownVectorName_IsInvalidArgument(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = await ClientAsync(qdrant);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.UpsertAsync(
                qdrant.CollectionName,
                [
                    new PointStruct
                    {
                        Id = Guid.NewGuid(),
                        Vectors = new Dictionary<string, float[]> { ["image"] = new float[384] },
                    },
                ]
            )
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("image", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_SparseVectorWithDuplicateIndices_IsInvalidArgument(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = await ClientAsync(qdrant);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.UpsertAsync(qdrant.CollectionName, [Sparse([3, 7, 3], [1f, 1f, 1f])])
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("unique", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_SparseVectorWithMoreIndicesThanValues_IsInvalidArgument(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = await ClientAsync(qdrant);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.UpsertAsync(qdrant.CollectionName, [Sparse([1, 2, 3], [1f, 1f])])
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("same length", error.Status.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// Qdrant sorts unsorted sparse indices itself (its validation test `not_sorted.is_ok()`); scores are unchanged.
    /// </summary>
    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Upsert_SparseVectorWithUnsortedIndices_IsAcceptedAndScoresAsSorted(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = await ClientAsync(qdrant);

        await client.UpsertAsync(qdrant.CollectionName, [Sparse([9, 2, 5], [0.5f, 2f, 1f])]);
        var hits = await client.QueryAsync(
            qdrant.CollectionName,
            query: new VectorInput { Sparse = SparseOf([2, 9], [1f, 3f]) },
            usingVector: QdrantEvidenceCollection.KeywordVectorName,
            limit: 5
        );

        Assert.Equal(2f * 1 + 0.5f * 3, Assert.Single(hits).Score, 4);
    }

    /// <summary>
    /// With Qdrant's IDF modifier, query weights are scaled by ln(1 + (N − df + 0.5)/(df + 0.5)) (query_context.rs).
    /// </summary>
    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Query_SparseVectorWithIdfModifier_ScalesByQdrantsIdf(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = (QdrantClient)qdrant.Collection().GetService(typeof(QdrantClient))!;
        await client.CreateCollectionAsync(
            qdrant.CollectionName,
            vectorsConfig: new VectorParamsMap(),
            sparseVectorsConfig: ("idf", new SparseVectorParams { Modifier = Modifier.Idf })
        );
        await client.UpsertAsync(
            qdrant.CollectionName,
            [SparseNamed("idf", [1, 2], [1f, 1f]), SparseNamed("idf", [2], [1f])]
        );

        var hits = await client.QueryAsync(
            qdrant.CollectionName,
            query: new VectorInput { Sparse = SparseOf([1], [1f]) },
            usingVector: "idf",
            limit: 5
        );

        // N = 2 points, df(1) = 1: ln(1 + 1.5 / 1.5) = ln 2; the point without term 1 is not returned.
        Assert.Equal(Math.Log(2), Assert.Single(hits).Score, 4);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Query_DenseVectorOfWrongSize_IsInvalidArgument(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = await ClientAsync(qdrant);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.QueryAsync(
                qdrant.CollectionName,
                query: new float[5],
                usingVector: QdrantEvidenceCollection.DenseVectorName
            )
        );

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ContractTarget.Targets), MemberType = typeof(ContractTarget))]
    public async Task Query_UnknownCollection_IsNotFound(string target)
    {
        await using var qdrant = await ContractTarget.OpenAsync(target, output);
        var client = (QdrantClient)qdrant.Collection().GetService(typeof(QdrantClient))!;

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.QueryAsync(
                qdrant.CollectionName + "-missing",
                query: new float[384],
                usingVector: QdrantEvidenceCollection.DenseVectorName
            )
        );

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    private static async Task<QdrantClient> ClientAsync(ContractTarget qdrant)
    {
        var collection = qdrant.Collection();
        await collection.EnsureCollectionExistsAsync();
        return (QdrantClient)collection.GetService(typeof(QdrantClient))!;
    }

    private static PointStruct Sparse(uint[] indices, float[] values) =>
        SparseNamed(QdrantEvidenceCollection.KeywordVectorName, indices, values);

    private static PointStruct SparseNamed(string name, uint[] indices, float[] values) =>
        new()
        {
            Id = Guid.NewGuid(),
            Vectors = new Vectors
            {
                Vectors_ = new NamedVectors
                {
                    Vectors = { [name] = new Vector { Sparse = SparseOf(indices, values) } },
                },
            },
        };

    private static SparseVector SparseOf(uint[] indices, float[] values)
    {
        var vector = new SparseVector();
        vector.Indices.Add(indices);
        vector.Values.Add(values);
        return vector;
    }
}
