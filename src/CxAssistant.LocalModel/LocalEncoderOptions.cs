namespace CxAssistant.LocalModel;

/// <summary>Which way a text becomes a vector.</summary>
public enum LocalEncoderMode
{
    /// <summary>Distilled static token vectors (Model2Vec method): a mean of table rows, no transformer.</summary>
    Static,

    /// <summary>The transformer itself: contextual token states, attention-masked mean pooling.</summary>
    Full,
}

/// <summary>Settings of the local encoder.</summary>
public sealed record LocalEncoderOptions
{
    /// <summary>Static (fast, default) or full (the transformer).</summary>
    public LocalEncoderMode Mode { get; init; } = LocalEncoderMode.Static;

    /// <summary>Texts per transformer call; each batch is padded only to its own longest text.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Threads one transformer call may use (0: ONNX Runtime's default, every core).</summary>
    public int IntraOpThreads { get; init; }

    /// <summary>Tokens kept per text, [CLS] and [SEP] included.</summary>
    public int MaxTokens { get; init; } = MiniLmResources.MaxSequenceLength;

    /// <summary>Where the static table is cached (default: <see cref="StaticTableCache.DefaultDirectory"/>).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How token rows are weighted in the static path.</summary>
    public StaticTableOptions Static { get; init; } = new();
}
