using Grpc.AspNetCore.Server.Model;

namespace CxAssistant.Qdrant.Testing;

/// <summary>
/// Binds <see cref="QdrantGrpcMethods"/> to the handlers of <see cref="FakeQdrantService"/>; other methods answer
/// UNIMPLEMENTED.
/// </summary>
internal sealed class QdrantMethodProvider : IServiceMethodProvider<FakeQdrantService>
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<FakeQdrantService> context)
    {
        context.AddUnaryMethod(QdrantGrpcMethods.CollectionExists, [], (s, r, c) => s.CollectionExists(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.GetCollection, [], (s, r, c) => s.GetCollection(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.ListCollections, [], (s, r, c) => s.ListCollections(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.CreateCollection, [], (s, r, c) => s.CreateCollection(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.UpdateCollection, [], (s, r, c) => s.UpdateCollection(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.DeleteCollection, [], (s, r, c) => s.DeleteCollection(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.CreateFieldIndex, [], (s, r, c) => s.CreateFieldIndex(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Upsert, [], (s, r, c) => s.Upsert(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Delete, [], (s, r, c) => s.Delete(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Get, [], (s, r, c) => s.Get(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Scroll, [], (s, r, c) => s.Scroll(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Count, [], (s, r, c) => s.Count(r, c));
        context.AddUnaryMethod(QdrantGrpcMethods.Query, [], (s, r, c) => s.Query(r, c));
    }
}
