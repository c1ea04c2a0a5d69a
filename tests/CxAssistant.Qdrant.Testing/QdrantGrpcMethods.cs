using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// gRPC method descriptors for the parts of <c>qdrant.Collections</c> and <c>qdrant.Points</c> the contract server
/// implements, built from Qdrant.Client's message types and parsers (the package ships client stubs only). Each one is
/// checked against the service descriptors compiled into Qdrant.Client, so a renamed method or a changed message type
/// fails at start-up instead of silently never matching.
/// </summary>
internal static class QdrantGrpcMethods
{
    public static readonly Method<CollectionExistsRequest, CollectionExistsResponse> CollectionExists = Collections<
        CollectionExistsRequest,
        CollectionExistsResponse
    >("CollectionExists");
    public static readonly Method<GetCollectionInfoRequest, GetCollectionInfoResponse> GetCollection = Collections<
        GetCollectionInfoRequest,
        GetCollectionInfoResponse
    >("Get");
    public static readonly Method<ListCollectionsRequest, ListCollectionsResponse> ListCollections = Collections<
        ListCollectionsRequest,
        ListCollectionsResponse
    >("List");
    public static readonly Method<CreateCollection, CollectionOperationResponse> CreateCollection = Collections<
        CreateCollection,
        CollectionOperationResponse
    >("Create");
    public static readonly Method<UpdateCollection, CollectionOperationResponse> UpdateCollection = Collections<
        UpdateCollection,
        CollectionOperationResponse
    >("Update");
    public static readonly Method<DeleteCollection, CollectionOperationResponse> DeleteCollection = Collections<
        DeleteCollection,
        CollectionOperationResponse
    >("Delete");

    public static readonly Method<CreateFieldIndexCollection, PointsOperationResponse> CreateFieldIndex = Points<
        CreateFieldIndexCollection,
        PointsOperationResponse
    >("CreateFieldIndex");
    public static readonly Method<UpsertPoints, PointsOperationResponse> Upsert = Points<
        UpsertPoints,
        PointsOperationResponse
    >("Upsert");
    public static readonly Method<DeletePoints, PointsOperationResponse> Delete = Points<
        DeletePoints,
        PointsOperationResponse
    >("Delete");
    public static readonly Method<GetPoints, GetResponse> Get = Points<GetPoints, GetResponse>("Get");
    public static readonly Method<ScrollPoints, ScrollResponse> Scroll = Points<ScrollPoints, ScrollResponse>("Scroll");
    public static readonly Method<CountPoints, CountResponse> Count = Points<CountPoints, CountResponse>("Count");
    public static readonly Method<QueryPoints, QueryResponse> Query = Points<QueryPoints, QueryResponse>("Query");

    private static Method<TRequest, TResponse> Collections<TRequest, TResponse>(string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        Create<TRequest, TResponse>(CollectionsServiceReflection.Descriptor, "Collections", name);

    private static Method<TRequest, TResponse> Points<TRequest, TResponse>(string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new() =>
        Create<TRequest, TResponse>(PointsServiceReflection.Descriptor, "Points", name);

    private static Method<TRequest, TResponse> Create<TRequest, TResponse>(
        FileDescriptor file,
        string service,
        string name
    )
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var descriptor = file.Services.Single(s => s.Name == service);
        var method = descriptor.FindMethodByName(name)
            ?? throw new InvalidOperationException(
                $"{descriptor.FullName} has no method {name} in this Qdrant.Client."
            );
        if (method.InputType.ClrType != typeof(TRequest) || method.OutputType.ClrType != typeof(TResponse))
        {
            throw new InvalidOperationException(
                $"{descriptor.FullName}/{name} takes {method.InputType.ClrType.Name} "
                    + $"and returns {method.OutputType.ClrType.Name}."
            );
        }
        var parser = new MessageParser<TRequest>(() => new TRequest());
        var responseParser = new MessageParser<TResponse>(() => new TResponse());
        return new Method<TRequest, TResponse>(
            MethodType.Unary,
            descriptor.FullName,
            name,
            Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), responseParser.ParseFrom)
        );
    }
}
