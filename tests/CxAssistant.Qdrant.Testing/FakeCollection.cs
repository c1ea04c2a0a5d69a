using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>A collection's configuration and points, with Qdrant's write-side validation.</summary>
internal sealed class FakeCollection(CreateCollection create)
{
    public string Name { get; } = create.CollectionName;

    /// <summary>
    /// Dense vector configs by name; an unnamed vector config is stored under "" (Qdrant's default name).
    /// </summary>
    public Dictionary<string, VectorParams> Dense { get; } =
        create.VectorsConfig?.ConfigCase switch
        {
            VectorsConfig.ConfigOneofCase.Params => new() { [""] = create.VectorsConfig.Params },
            VectorsConfig.ConfigOneofCase.ParamsMap => new(create.VectorsConfig.ParamsMap.Map),
            _ => [],
        };

    public Dictionary<string, SparseVectorParams> Sparse { get; } =
        create.SparseVectorsConfig is null ? [] : new(create.SparseVectorsConfig.Map);

    public StrictModeConfig? Strict { get; } = create.StrictModeConfig;

    public Dictionary<string, PayloadSchemaType> Indexes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Value> Metadata { get; } = new(create.Metadata);

    public SortedDictionary<string, StoredPoint> Points { get; } = new(StringComparer.Ordinal);

    public CollectionInfo Info()
    {
        var vectors = new VectorsConfig { ParamsMap = new VectorParamsMap() };
        foreach (var (name, parameters) in Dense)
        {
            vectors.ParamsMap.Map[name] = parameters;
        }
        var sparse = new SparseVectorConfig();
        foreach (var (name, parameters) in Sparse)
        {
            sparse.Map[name] = parameters;
        }
        var info = new CollectionInfo
        {
            Status = CollectionStatus.Green,
            PointsCount = (ulong)Points.Count,
            Config = new CollectionConfig
            {
                Params = new CollectionParams
                {
                    ShardNumber = 1,
                    VectorsConfig = vectors,
                    SparseVectorsConfig = sparse,
                },
                StrictModeConfig = Strict,
            },
        };
        foreach (var (key, value) in Metadata)
        {
            info.Config.Metadata[key] = value;
        }
        foreach (var (key, type) in Indexes)
        {
            info.PayloadSchema[key] = new PayloadSchemaInfo { DataType = type };
        }
        return info;
    }

    /// <summary>
    /// Validates a point as Qdrant does before writing it (ids, vector names, sizes, sparse vectors).
    /// </summary>
    public StoredPoint Validate(PointStruct point)
    {
        if (point.Id is null)
        {
            throw Rejected("Validation error in body: [points: id is required]");
        }
        if (point.Id.PointIdOptionsCase == PointId.PointIdOptionsOneofCase.Uuid && !Guid.TryParse(point.Id.Uuid, out _))
        {
            throw Rejected($"Unable to parse UUID: {point.Id.Uuid}");
        }
        var named = point.Vectors?.VectorsOptionsCase switch
        {
            Vectors.VectorsOptionsOneofCase.Vector => new Dictionary<string, Vector> { [""] = point.Vectors.Vector },
            Vectors.VectorsOptionsOneofCase.Vectors_ => new Dictionary<string, Vector>(point.Vectors.Vectors_.Vectors),
            _ => [],
        };
        var dense = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var sparse = new Dictionary<string, SparseVector>(StringComparer.Ordinal);
        foreach (var (name, vector) in named)
        {
            if (Dense.TryGetValue(name, out var parameters))
            {
                dense[name] = DenseOf(name, vector, parameters);
            }
            else if (Sparse.ContainsKey(name))
            {
                sparse[name] = SparseOf(vector);
            }
            else
            {
                throw Rejected($"Wrong input: Not existing vector name error: {name}");
            }
        }
        return new StoredPoint(point.Id.Clone(), point.Payload.Clone(), dense, sparse);
    }

    private static float[] DenseOf(string name, Vector vector, VectorParams parameters)
    {
#pragma warning disable CS0612 // the deprecated flat form is still accepted by Qdrant
        var data =
            vector.VectorCase == Vector.VectorOneofCase.Dense ? vector.Dense.Data.ToArray()
            : vector.VectorCase == Vector.VectorOneofCase.None && vector.Indices is null ? vector.Data.ToArray()
            : throw Rejected($"Wrong input: Conversion between sparse and regular vectors failed for vector '{name}'");
#pragma warning restore CS0612
        if ((ulong)data.Length != parameters.Size)
        {
            throw Rejected($"Wrong input: Vector dimension error: expected dim: {parameters.Size}, got {data.Length}");
        }
        // Qdrant normalises vectors of a Cosine collection on upload, so search is a dot product.
        return parameters.Distance == Distance.Cosine ? VectorMath.Normalise(data) : data;
    }

    private static SparseVector SparseOf(Vector vector)
    {
        if (vector.VectorCase != Vector.VectorOneofCase.Sparse)
        {
            throw Rejected("Wrong input: Conversion between sparse and regular vectors failed");
        }
        return ValidSparse(vector.Sparse);
    }

    /// <summary>
    /// Qdrant's sparse-vector validation (lib/sparse/src/common/sparse_vector.rs, validate_sparse_vector_impl): indices
    /// and
    /// values of equal length, indices unique. Unsorted indices are accepted and sorted, as Qdrant does.
    /// </summary>
    public static SparseVector ValidSparse(SparseVector vector)
    {
        if (vector.Indices.Count != vector.Values.Count)
        {
            throw Rejected("Validation error in body: [values: must be the same length as indices]");
        }
        if (vector.Indices.Distinct().Count() != vector.Indices.Count)
        {
            throw Rejected("Validation error in body: [indices: must be unique]");
        }
        var sorted = vector.Indices.Zip(vector.Values).OrderBy(p => p.First).ToList();
        var result = new SparseVector();
        result.Indices.Add(sorted.Select(p => p.First));
        result.Values.Add(sorted.Select(p => p.Second));
        return result;
    }

    public static RpcException Rejected(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
