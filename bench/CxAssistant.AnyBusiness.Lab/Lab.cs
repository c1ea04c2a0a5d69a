using System.Numerics.Tensors;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;
using CxAssistant.LocalModel;

static class Lab
{
    public static async Task<LocalEmbeddingGenerator> Encoder(bool full = false) =>
        await LocalEmbeddingGenerator.CreateAsync(
            new LocalEncoderOptions
            {
                Mode = full ? LocalEncoderMode.Full : LocalEncoderMode.Static,
                CacheDirectory = "/work/data/model-cache",
            }
        );

    public static IReadOnlyList<EvidenceRecord> Load(string path) =>
        new EvidenceLoader().Load([path], new IngestOptions()).Records;

    public static async Task<float[][]> Embed(LocalEmbeddingGenerator g, IReadOnlyList<string> texts)
    {
        var r = await g.GenerateAsync(texts);
        return r.Select(e => e.Vector.ToArray()).ToArray();
    }

    public static float Cos(float[] a, float[] b) => TensorPrimitives.Dot(a, b);
}
