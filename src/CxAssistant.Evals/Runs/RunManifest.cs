namespace CxAssistant.Evals.Runs;

/// <summary>
/// What a run needs to be replayed byte for byte (<c>manifest.json</c>): the command-line settings, each suite's
/// file and data hashes, and per variant the prompt, its template hash, the model, parameters and the cache keys used.
/// </summary>
public sealed record RunManifest
{
    /// <summary>Run id.</summary>
    public required string RunId { get; init; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Harness version.</summary>
    public string Harness { get; init; } = "cx-evals/1";

    /// <summary>Providers asked for.</summary>
    public IReadOnlyList<string> Providers { get; init; } = [];

    /// <summary>Repeats per case.</summary>
    public int Repeat { get; init; } = 1;

    /// <summary>Whether the cache was read.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Response-cache folder.</summary>
    public string CacheDirectory { get; init; } = "";

    /// <summary>
    /// Where the prompts were read from: the <c>prompts/</c> folder (run time) or <c>embedded</c> (installed tool).
    /// </summary>
    public string PromptSource { get; init; } = "";

    /// <summary>Requests that reached a model provider (judge included); 0 for a replay.</summary>
    public int ModelCalls { get; init; }

    /// <summary>Requests answered from the response cache.</summary>
    public int CacheHits { get; init; }

    /// <summary>Suites.</summary>
    public IReadOnlyList<SuiteManifest> Suites { get; init; } = [];
}

/// <summary>One suite in the manifest.</summary>
public sealed record SuiteManifest
{
    /// <summary>Suite name.</summary>
    public required string Name { get; init; }

    /// <summary>Suite file, relative to the repository when possible.</summary>
    public required string File { get; init; }

    /// <summary>
    /// SHA-256 of the suite file and of every data file it reads (datasets, catalogs, input folders).
    /// </summary>
    public SortedDictionary<string, string> DataHashes { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Variants run.</summary>
    public IReadOnlyList<VariantManifest> Variants { get; init; } = [];
}

/// <summary>One variant in the manifest.</summary>
public sealed record VariantManifest
{
    /// <summary>Variant id.</summary>
    public required string Id { get; init; }

    /// <summary>Provider.</summary>
    public required string Provider { get; init; }

    /// <summary>Prompt id.</summary>
    public string? Prompt { get; init; }

    /// <summary>Template hashes of the prompt as rendered (one per distinct template).</summary>
    public IReadOnlyList<string> PromptHashes { get; init; } = [];

    /// <summary>
    /// Every prompt the variant's requests rendered, with the SHA-256 of its file content: an edited prompt shows a new
    /// hash here and misses the response cache.
    /// </summary>
    public SortedDictionary<string, string> Prompts { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Model id.</summary>
    public string? Model { get; init; }

    /// <summary>Model parameters sent (one canonical JSON per distinct setting).</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];

    /// <summary>Origins of the outputs (offline, model:…, scripted).</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];

    /// <summary>Cache keys by case id.</summary>
    public SortedDictionary<string, IReadOnlyList<string>> CacheKeys { get; init; } = new(StringComparer.Ordinal);
}
