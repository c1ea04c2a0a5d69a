using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace CxAssistant.LocalModel;

/// <summary>
/// Remembers the vectors an encoder gave, on disk, keyed by the SHA-256 of the model id and the text, so that analysing
/// the same records again (or searching them) does not run the transformer twice. One small file per text under
/// <c>&lt;directory&gt;/&lt;model&gt;/&lt;first two hex digits&gt;/</c>; each is written to a temporary name and moved
/// into
/// place, so a reader never sees half a vector and concurrent writers of one text write the same bytes. A file of the
/// wrong length is ignored (and rewritten). The texts themselves are never stored, only their hashes.
/// </summary>
/// <remarks>The encoder is made on the first miss, so a run whose vectors are all cached never loads the
/// model.</remarks>
public sealed class CachingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly Lazy<IEmbeddingGenerator<string, Embedding<float>>> _inner;
    private readonly string _directory;
    private readonly string _model;
    private readonly int _dimensions;
    private readonly EmbeddingGeneratorMetadata _metadata;

    /// <summary>
    /// A cache in front of an encoder made on first need, whose model id and width are known beforehand.
    /// </summary>
    public CachingEmbeddingGenerator(
        Func<IEmbeddingGenerator<string, Embedding<float>>> inner,
        string provider,
        string model,
        int dimensions,
        string directory
    )
    {
        _inner = new(inner);
        _directory = directory;
        _model = model;
        _dimensions = dimensions;
        _metadata = new EmbeddingGeneratorMetadata(provider, null, model, dimensions);
    }

    /// <summary>A cache in front of an encoder that is already loaded.</summary>
    public CachingEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, string directory)
        : this(
            () => inner,
            inner.GetService<EmbeddingGeneratorMetadata>()?.ProviderName ?? "unknown",
            inner.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown",
            inner.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions ?? MiniLmResources.Dimensions,
            directory
        ) { }

    /// <summary>The per-user default: a <c>vectors</c> folder beside the static table's cache.</summary>
    public static string DefaultDirectory => Path.Combine(StaticTableCache.DefaultDirectory, "vectors");

    /// <summary>
    /// How many texts were read from the cache since this generator was made (for progress and tests).
    /// </summary>
    public int Hits => _hits;

    private int _hits;

    /// <inheritdoc />
    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        var vectors = new float[texts.Count][];
        var missing = new List<int>();
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = TryRead(PathFor(texts[i]))!;
            if (vectors[i] is null)
            {
                missing.Add(i);
            }
        }
        Interlocked.Add(ref _hits, texts.Count - missing.Count);
        if (missing.Count > 0)
        {
            var made = await _inner
                .Value.GenerateAsync([.. missing.Select(i => texts[i])], options, cancellationToken)
                .ConfigureAwait(false);
            for (var k = 0; k < missing.Count; k++)
            {
                vectors[missing[k]] = made[k].Vector.ToArray();
                TryWrite(PathFor(texts[missing[k]]), vectors[missing[k]]);
            }
        }
        return [.. vectors.Select(v => new Embedding<float>(v) { ModelId = _model })];
    }

    private string PathFor(string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_model + "\n" + text)));
        return Path.Combine(_directory, _model, hash[..2], hash + ".f32");
    }

    private float[]? TryRead(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return bytes.Length == _dimensions * sizeof(float)
                ? MemoryMarshal.Cast<byte, float>(bytes).ToArray()
                : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    // A cache that cannot be written (read-only home, full disk) costs speed on the next run, never the result.
    private static void TryWrite(string path, float[] vector)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
            File.WriteAllBytes(temp, MemoryMarshal.AsBytes(vector.AsSpan()).ToArray());
            File.Move(temp, path, overwrite: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_inner.IsValueCreated)
        {
            _inner.Value.Dispose();
        }
    }
}
