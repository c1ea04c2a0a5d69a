using Microsoft.Extensions.AI;

namespace CxAssistant.LocalModel;

/// <summary>
/// all-MiniLM-L6-v2 on this machine behind <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>: no network, no key.
/// <see cref="LocalEncoderMode.Static"/> averages distilled token vectors (fast; the table is built once per machine
/// and cached), <see cref="LocalEncoderMode.Full"/> runs the transformer in batches. Thread-safe and cancellable.
/// </summary>
public sealed class LocalEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly LocalEncoderOptions _options;
    private readonly WordPieceTokens _tokens;
    private readonly TransformerEncoder? _encoder;
    private readonly StaticEmbeddingTable? _table;
    private bool _ownsEncoder = true;

    private LocalEmbeddingGenerator(
        LocalEncoderOptions options,
        WordPieceTokens tokens,
        TransformerEncoder? encoder,
        StaticEmbeddingTable? table
    )
    {
        _options = options;
        _tokens = tokens;
        _encoder = encoder;
        _table = table;
        var model =
            options.Mode == LocalEncoderMode.Full
                ? MiniLmResources.ModelName
                : $"{MiniLmResources.ModelName}-static-{options.Static.Key}";
        Metadata = new EmbeddingGeneratorMetadata("cx-local", null, model, MiniLmResources.Dimensions);
    }

    /// <summary>Provider "cx-local"; model all-MiniLM-L6-v2 (full) or all-MiniLM-L6-v2-static-… (static).</summary>
    public EmbeddingGeneratorMetadata Metadata { get; }

    /// <summary>
    /// Loads the model. In static mode the table comes from the cache, or is distilled now (tens of seconds, once per
    /// machine and model version; <paramref name="progress"/> reports tokens done).
    /// </summary>
    public static async Task<LocalEmbeddingGenerator> CreateAsync(
        LocalEncoderOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default
    )
    {
        options ??= new LocalEncoderOptions();
        var tokens = WordPieceTokens.Load();
        if (options.Mode == LocalEncoderMode.Full)
        {
            var transformer = new TransformerEncoder(tokens, options.IntraOpThreads);
            return new LocalEmbeddingGenerator(options, tokens, transformer, null);
        }
        // The transformer is loaded only when the table has to be distilled; a cached table needs none of it.
        var cache = new StaticTableCache(options.CacheDirectory ?? StaticTableCache.DefaultDirectory);
        var table = await cache
            .GetOrBuildAsync(
                StaticTableCache.KeyFor(options.Static),
                ct =>
                {
                    using var encoder = new TransformerEncoder(tokens, options.IntraOpThreads);
                    return StaticTableBuilder.Build(encoder, options.Static, progress, cancellationToken: ct);
                },
                cancellationToken
            )
            .ConfigureAwait(false);
        return new LocalEmbeddingGenerator(options, tokens, null, table);
    }

    /// <summary>A static-mode generator over a table built elsewhere (tests distil part of the vocabulary).</summary>
    internal static LocalEmbeddingGenerator FromTable(WordPieceTokens tokens, StaticEmbeddingTable table) =>
        new(new LocalEncoderOptions(), tokens, null, table);

    /// <summary>A full-mode generator over an already loaded encoder (owned by the caller).</summary>
    internal static LocalEmbeddingGenerator FromEncoder(TransformerEncoder encoder, int batchSize = 32) =>
        new(
            new LocalEncoderOptions { Mode = LocalEncoderMode.Full, BatchSize = batchSize },
            encoder.Tokens,
            encoder,
            null
        )
        {
            _ownsEncoder = false,
        };

    /// <inheritdoc />
    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(values);
        var texts = values as IReadOnlyList<string> ?? [.. values];
        return _table is not null
            ? Task.FromResult(Wrap(EmbedStatic(texts, cancellationToken)))
            : Task.Run(() => Wrap(EmbedFull(texts, cancellationToken)), cancellationToken);
    }

    /// <summary>
    /// In static mode, writes the unit vectors of <paramref name="texts"/> into <paramref name="destination"/> (one row
    /// of <see cref="MiniLmResources.Dimensions"/> floats per text, all zero beforehand) with no vector allocated per
    /// text, and returns true; in full mode returns false and writes nothing. Same vectors as
    /// <see cref="GenerateAsync"/>.
    /// </summary>
    public bool TryEmbedInto(
        ReadOnlySpan<string> texts,
        Span<float> destination,
        CancellationToken cancellationToken = default
    )
    {
        if (_table is null)
        {
            return false;
        }
        var dimensions = _table.Dimensions;
        if (destination.Length != texts.Length * dimensions)
        {
            throw new ArgumentException(
                $"{destination.Length} floats do not hold {texts.Length} vectors of {dimensions}.",
                nameof(destination)
            );
        }
        for (var i = 0; i < texts.Length; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            _table.EmbedInto(
                _tokens.Encode(texts[i], _options.MaxTokens),
                destination.Slice(i * dimensions, dimensions)
            );
        }
        return true;
    }

    private float[][] EmbedStatic(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var result = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            result[i] = _table!.Embed(_tokens.Encode(texts[i], _options.MaxTokens));
        }
        return result;
    }

    private float[][] EmbedFull(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var ids = texts.Select(t => _tokens.Encode(t, _options.MaxTokens)).ToArray();
        // Similar lengths share a batch, so padding (wasted attention) stays small.
        var order = Enumerable.Range(0, ids.Length).OrderBy(i => ids[i].Length).ToArray();
        var result = new float[ids.Length][];
        for (var start = 0; start < order.Length; start += _options.BatchSize)
        {
            var slice = order.AsSpan(start, Math.Min(_options.BatchSize, order.Length - start)).ToArray();
            var vectors = _encoder!.Encode([.. slice.Select(i => ids[i])], cancellationToken);
            for (var k = 0; k < slice.Length; k++)
            {
                result[slice[k]] = vectors[k];
            }
        }
        return result;
    }

    private GeneratedEmbeddings<Embedding<float>> Wrap(float[][] vectors) =>
        [.. vectors.Select(v => new Embedding<float>(v) { ModelId = Metadata.DefaultModelId, CreatedAt = null })];

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : null;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsEncoder)
        {
            _encoder?.Dispose();
        }
    }
}
