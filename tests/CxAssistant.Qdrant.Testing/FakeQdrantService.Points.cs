using Grpc.Core;
using Qdrant.Client.Grpc;

namespace CxAssistant.Qdrant.Testing;

internal sealed partial class FakeQdrantService
{
    public Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context) =>
        HandleAsync("Upsert", request, context, r =>
        {
            var collection = Collection(r.CollectionName);
            // All points are validated before any is written: Qdrant rejects the whole request on one bad point.
            var points = r.Points.Select(collection.Validate).ToList();
            foreach (var point in points)
            {
                collection.Points[point.Key] = point;
            }
            return r.Wait
                ? Completed()
                : new PointsOperationResponse { Result = new UpdateResult { Status = UpdateStatus.Acknowledged } };
        });

    public Task<PointsOperationResponse> Delete(DeletePoints request, ServerCallContext context) =>
        HandleAsync("Delete", request, context, r =>
        {
            var collection = Collection(r.CollectionName);
            var selector = r.Points
                ?? throw FakeCollection.Rejected("Validation error in body: [points: selector is required]");
            var keys =
                selector.PointsSelectorOneOfCase == PointsSelector.PointsSelectorOneOfOneofCase.Points
                    ? selector.Points.Ids.Select(StoredPoint.OrderKey).ToList()
                    : Filtered(collection, selector.Filter).Select(p => p.Key).ToList();
            foreach (var key in keys)
            {
                collection.Points.Remove(key);
            }
            return Completed();
        });

    public Task<GetResponse> Get(GetPoints request, ServerCallContext context) =>
        HandleAsync("Get", request, context, r =>
        {
            var collection = Collection(r.CollectionName);
            var response = new GetResponse();
            foreach (var id in r.Ids)
            {
                if (collection.Points.TryGetValue(StoredPoint.OrderKey(id), out var point))
                {
                    response.Result.Add(Selection.Retrieved(point, r.WithPayload, r.WithVectors));
                }
            }
            return response;
        });

    public Task<ScrollResponse> Scroll(ScrollPoints request, ServerCallContext context) =>
        HandleAsync("Scroll", request, context, r =>
        {
            var collection = Collection(r.CollectionName);
            if (r.OrderBy is not null)
            {
                throw new RpcException(
                    new Status(StatusCode.Unimplemented, "contract server: order_by is not implemented")
                );
            }
            var limit = r.HasLimit ? (int)r.Limit : 10;
            var from = r.Offset is null ? null : StoredPoint.OrderKey(r.Offset);
            var page = Filtered(collection, r.Filter)
                .Where(p => from is null || string.CompareOrdinal(p.Key, from) >= 0)
                .Take(limit + 1)
                .ToList();
            var response = new ScrollResponse();
            response.Result.Add(page.Take(limit).Select(p => Selection.Retrieved(p, r.WithPayload, r.WithVectors)));
            if (page.Count > limit)
            {
                response.NextPageOffset = page[limit].Id.Clone();
            }
            return response;
        });

    public Task<CountResponse> Count(CountPoints request, ServerCallContext context) =>
        HandleAsync("Count", request, context, r => new CountResponse
        {
            Result = new CountResult { Count = (ulong)Filtered(Collection(r.CollectionName), r.Filter).Count() },
        });

    public Task<QueryResponse> Query(QueryPoints request, ServerCallContext context) =>
        HandleAsync("Query", request, context, r =>
        {
            var response = new QueryResponse();
            response.Result.Add(
                FakeQuery
                    .Run(Collection(r.CollectionName), r)
                    .Select(s => Selection.Scored(s.Point, s.Score, r.WithPayload, r.WithVectors))
            );
            return response;
        });

    private static IEnumerable<StoredPoint> Filtered(FakeCollection collection, Filter? filter)
    {
        FakeFilter.CheckIndexed(collection, filter);
        return collection.Points.Values.Where(p => FakeFilter.Matches(filter, p));
    }
}
