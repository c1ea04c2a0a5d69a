using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// The handlers behind <see cref="QdrantGrpcMethods"/>: Qdrant's state and answers for the calls the adapter makes.
/// Every call is checked for the api key, recorded, and may be failed on purpose (<see cref="QdrantContractServer"/>).
/// Calls run one at a time under one lock, which keeps the state consistent without modelling Qdrant's concurrency.
/// </summary>
internal sealed partial class FakeQdrantService(QdrantContractServer server)
{
    private readonly Dictionary<string, FakeCollection> _collections = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public FakeCollection? Find(string name)
    {
        lock (_gate)
        {
            return _collections.GetValueOrDefault(name);
        }
    }

    private async Task<TResponse> HandleAsync<TRequest, TResponse>(
        string method,
        TRequest request,
        ServerCallContext context,
        Func<TRequest, TResponse> handle
    )
        where TRequest : Google.Protobuf.IMessage<TRequest>
    {
        await server.AdmitAsync(method, request, context).ConfigureAwait(false);
        lock (_gate)
        {
            return handle(request);
        }
    }

    private FakeCollection Collection(string name) =>
        _collections.TryGetValue(name, out var collection)
            ? collection
            : throw new RpcException(new Status(StatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!"));

    public Task<CollectionExistsResponse> CollectionExists(
        CollectionExistsRequest request,
        ServerCallContext context
    ) =>
        HandleAsync("CollectionExists", request, context, r => new CollectionExistsResponse
        {
            Result = new CollectionExists { Exists = _collections.ContainsKey(r.CollectionName) },
        });

    public Task<GetCollectionInfoResponse> GetCollection(GetCollectionInfoRequest request, ServerCallContext context) =>
        HandleAsync("Get", request, context, r => new GetCollectionInfoResponse
        {
            Result = Collection(r.CollectionName).Info(),
        });

    public Task<ListCollectionsResponse> ListCollections(ListCollectionsRequest request, ServerCallContext context) =>
        HandleAsync("List", request, context, _ =>
        {
            var response = new ListCollectionsResponse();
            response.Collections.Add(
                _collections.Keys.Order(StringComparer.Ordinal).Select(n => new CollectionDescription { Name = n })
            );
            return response;
        });

    public Task<CollectionOperationResponse> CreateCollection(CreateCollection request, ServerCallContext context) =>
        HandleAsync("Create", request, context, r =>
        {
            if (_collections.ContainsKey(r.CollectionName))
            {
                throw FakeCollection.Rejected($"Wrong input: Collection `{r.CollectionName}` already exists!");
            }
            var collection = new FakeCollection(r);
            if (collection.Dense.Values.Any(v => v.Size == 0))
            {
                throw FakeCollection.Rejected(
                    "Validation error in body: [vectors_config.size: value 0 invalid, must be from 1 to 65536]"
                );
            }
            _collections[r.CollectionName] = collection;
            return new CollectionOperationResponse { Result = true };
        });

    public Task<CollectionOperationResponse> UpdateCollection(UpdateCollection request, ServerCallContext context) =>
        HandleAsync("Update", request, context, r =>
        {
            var collection = Collection(r.CollectionName);
            foreach (var (key, value) in r.Metadata)
            {
                collection.Metadata[key] = value;
            }
            return new CollectionOperationResponse { Result = true };
        });

    public Task<CollectionOperationResponse> DeleteCollection(DeleteCollection request, ServerCallContext context) =>
        HandleAsync("Delete", request, context, r => new CollectionOperationResponse
        {
            Result = _collections.Remove(r.CollectionName),
        });

    public Task<PointsOperationResponse> CreateFieldIndex(
        CreateFieldIndexCollection request,
        ServerCallContext context
    ) => HandleAsync("CreateFieldIndex", request, context, r =>
        {
            Collection(r.CollectionName).Indexes[r.FieldName] = r.FieldType switch
            {
                FieldType.Keyword => PayloadSchemaType.Keyword,
                FieldType.Integer => PayloadSchemaType.Integer,
                FieldType.Float => PayloadSchemaType.Float,
                FieldType.Bool => PayloadSchemaType.Bool,
                FieldType.Datetime => PayloadSchemaType.Datetime,
                _ => throw new RpcException(
                    new Status(StatusCode.Unimplemented, $"contract server: {r.FieldType} indexes are not implemented")
                ),
            };
            return Completed();
        });

    private static PointsOperationResponse Completed() =>
        new()
        {
            Result = new UpdateResult { Status = UpdateStatus.Completed, OperationId = 1 },
        };
}
