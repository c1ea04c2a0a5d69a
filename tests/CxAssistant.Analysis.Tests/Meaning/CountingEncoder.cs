using System.Collections.Concurrent;
using CxAssistant.Analysis.Meaning;
using Microsoft.Extensions.AI;

namespace CxAssistant.Analysis.Tests.Meaning;

/// <summary>
/// The shared local encoder, counting how often each text reaches it (thread-safe: meaning embeds in parallel).
/// </summary>
internal sealed class CountingEncoder()
    : DelegatingEmbeddingGenerator<string, Embedding<float>>(MeaningEncoder.Shared())
{
    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public override Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        var list = values.ToList();
        foreach (var v in list)
        {
            Calls.AddOrUpdate(v, 1, (_, n) => n + 1);
        }
        return base.GenerateAsync(list, options, cancellationToken);
    }

    // The shared encoder outlives every test.
    protected override void Dispose(bool disposing) { }
}
