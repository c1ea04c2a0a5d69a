using System.Globalization;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Evidence;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Qdrant;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Hosting.Memory;

/// <summary>
/// Opens a workspace's search index the way every entry point should: the vector store chosen by configuration
/// (<c>CxAssistant:VectorStore:Provider</c> = <c>Embedded</c> | <c>Qdrant</c>; Qdrant then holds the vectors, the
/// keyword
/// index and runs hybrid search), chunks tagged with the touchpoints of the
/// catalog the analysis would use (so search can filter by touchpoint and sentiment), and the index refreshed.
/// </summary>
public static class WorkspaceSearch
{
    /// <summary>Configuration section of the vector store settings.</summary>
    public const string Section = "CxAssistant:VectorStore";

    /// <summary>
    /// Reads the vector store and, when <c>CxAssistant:Embeddings:Provider</c> names a model provider, creates its
    /// embedding generator; <paramref name="owner"/> (the provider clients and the Qdrant connection) must outlive the
    /// index.
    /// Throws <see cref="Agents.Configuration.ModelProviderConfigurationException"/> or <see cref="ArgumentException"/>
    /// naming the bad key.
    /// </summary>
    public static SearchIndexOptions ReadOptions(IConfiguration configuration, out IDisposable? owner)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        owner = null;
        if (
            configuration["CxAssistant:Embeddings:Provider"] is not { Length: > 0 } provider
            || provider.Equals("Offline", StringComparison.OrdinalIgnoreCase)
        )
        {
            var offline = ReadOptions(configuration);
            owner = offline.Store;
            return offline;
        }
        var providers = Providers.ModelProviders.Create(configuration);
        try
        {
            var options = ReadOptions(configuration, providers.Factory.CreateEmbeddingGenerator());
            owner = options.Store is { } store ? new Owners(providers, store) : providers;
            return options;
        }
        catch
        {
            providers.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads the vector-store part of <see cref="SearchIndexOptions"/>: <c>Provider</c> = <c>Embedded</c> (default) or
    /// <c>Qdrant</c>, whose settings (<c>Qdrant:Url</c>, <c>ApiKey</c>, <c>CollectionName</c>, <c>Timeout</c>,
    /// <c>MaxRetries</c>) are validated here. The caller owns (disposes) the returned
    /// <see cref="SearchIndexOptions.Store"/>.
    /// Throws <see cref="ArgumentException"/> naming the bad key.
    /// </summary>
    public static SearchIndexOptions ReadOptions(
        IConfiguration configuration,
        IEmbeddingGenerator<string, Embedding<float>>? embeddings = null
    )
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(Section);
        var provider = section["Provider"];
        var backend =
            string.IsNullOrWhiteSpace(provider) ? VectorBackend.Embedded
            : Enum.TryParse<VectorBackend>(provider, ignoreCase: true, out var parsed) ? parsed
            : throw new ArgumentException($"{Section}:Provider must be Embedded or Qdrant; got '{provider}'.");
        if (backend != VectorBackend.Qdrant)
        {
            return new SearchIndexOptions { Embeddings = embeddings };
        }
        var qdrant = ReadQdrant(section.GetSection("Qdrant"));
        return new SearchIndexOptions
        {
            Embeddings = embeddings,
            Store = new QdrantEvidenceStore(qdrant),
            StoreCollectionName = qdrant.CollectionName,
        };
    }

    /// <summary>
    /// The <c>Qdrant</c> settings, validated; throws <see cref="ArgumentException"/> naming the bad key.
    /// </summary>
    public static QdrantOptions ReadQdrant(IConfigurationSection q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var qdrant = new QdrantOptions();
        if (q["Url"] is { Length: > 0 } url)
        {
            qdrant = qdrant with { Url = url };
        }
        if (q["ApiKey"] is { Length: > 0 } key)
        {
            qdrant = qdrant with { ApiKey = key };
        }
        if (q["CollectionName"] is { Length: > 0 } name)
        {
            qdrant = qdrant with { CollectionName = name };
        }
        if (q["Timeout"] is { Length: > 0 } timeout)
        {
            qdrant = qdrant with
            {
                Timeout = TimeSpan.TryParse(timeout, CultureInfo.InvariantCulture, out var span)
                    ? span
                    : throw new ArgumentException(
                        $"{Section}:Qdrant:Timeout must be a time span such as 00:00:30; got '{timeout}'."
                    ),
            };
        }
        if (q["MaxRetries"] is { Length: > 0 } retries)
        {
            qdrant = qdrant with
            {
                MaxRetries = int.TryParse(retries, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : throw new ArgumentException(
                        $"{Section}:Qdrant:MaxRetries must be a whole number; got '{retries}'."
                    ),
            };
        }
        try
        {
            qdrant.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{Section}:{e.Message}", e);
        }
        return qdrant;
    }

    private sealed class Owners(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }

    /// <summary>
    /// Loads the workspace's records, chooses its catalog (explicit path, preset, the workspace's catalog.yaml, else
    /// the
    /// preset that fits the data), opens the index with those tags and refreshes it.
    /// </summary>
    public static async Task<OpenedSearch> OpenAsync(
        EvidenceWorkspace workspace,
        SearchIndexOptions options,
        string? catalogPath = null,
        string? preset = null,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(options);
        var loaded = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
        // The catalog is chosen on another thread while the refresh redacts and chunks; only tagging waits for it.
        var analyze = new AnalyzeOptions
        {
            Paths = [workspace.Folder],
            CatalogPath = catalogPath,
            Preset = preset,
        };
        var choice = Task.Run(() => AnalysisPipeline.ChooseCatalog(loaded.Records, analyze), cancellationToken);
        var tagger = choice.ContinueWith(
            t => new EvidenceTagger(t.GetAwaiter().GetResult().Catalog),
            cancellationToken,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default
        );
        if (
            options.Embeddings is { } model
            && options.Dimensions is null
            && model.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelDimensions is null
        )
        {
            // The store needs the vector length before the first write; a model that does not publish it is asked once.
            var probe = await model
                .GenerateAsync(["dimension probe"], cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            options = options with { Dimensions = probe[0].Vector.Length };
        }
        SearchIndex index;
        try
        {
            index = SearchIndex.Open(workspace.Folder, options with { PendingTagger = tagger });
        }
        catch
        {
            await Task.WhenAny(tagger).ConfigureAwait(false);
            throw;
        }
        try
        {
            await index.RefreshAsync(loaded.Records, cancellationToken).ConfigureAwait(false);
            var (_, source) = await choice.ConfigureAwait(false);
            return new OpenedSearch(index, loaded.Records, source);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }
}

/// <summary>
/// An opened, refreshed index with the records it was refreshed from and where its touchpoint tags came from.
/// </summary>
public sealed record OpenedSearch(SearchIndex Index, IReadOnlyList<EvidenceRecord> Records, string CatalogSource)
    : IDisposable
{
    public void Dispose() => Index.Dispose();
}
