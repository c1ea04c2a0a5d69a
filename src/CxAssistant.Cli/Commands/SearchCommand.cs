using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Providers;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Data.Memory.Search;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Memory;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx search`: hybrid (keyword + vector) search over a workspace's redacted evidence chunks.</summary>
internal static class SearchCommand
{
    private const int QuoteLength = 200;
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to look for, in plain words." };
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder (made by cx ingest).",
            DefaultValueFactory = _ => IngestCommand.DefaultWorkspace,
        };
        var top = new Option<int>("--top", "-n") { Description = "Number of hits.", DefaultValueFactory = _ => 10 };
        var channel = new Option<string?>("--channel")
        {
            Description = "Only this channel (survey, review, social, chat…).",
        };
        var touchpoint = new Option<string?>("--touchpoint")
        {
            Description = "Only feedback about this touchpoint id (as tagged by the workspace's catalog).",
        };
        var sentiment = new Option<string?>("--sentiment")
        {
            Description = "Only feedback with this sentiment (positive, neutral, negative, mixed).",
        };
        var catalog = new Option<string?>("--catalog")
        {
            Description =
                "Tag touchpoints with this catalog (default: the workspace's catalog.yaml, else the preset that fits).",
        };
        var preset = new Option<string?>("--preset")
        {
            Description = "Tag touchpoints with this built-in preset (see cx presets).",
        };
        var source = new Option<string?>("--source") { Description = "Only this source file name." };
        var since = new Option<string?>("--since")
        {
            Description = "Only feedback on or after this date (yyyy-mm-dd, UTC).",
        };
        var until = new Option<string?>("--until")
        {
            Description = "Only feedback before this date (yyyy-mm-dd, UTC).",
        };
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON." };
        var command = new Command("search", "Search a workspace's evidence by keywords and meaning (redacted quotes).")
        {
            query,
            workspace,
            top,
            channel,
            touchpoint,
            sentiment,
            source,
            since,
            until,
            catalog,
            preset,
            json,
        };
        command.SetAction(
            (result, cancellationToken) =>
            {
                if (
                    !TryParseDate(result.GetValue(since), "--since", out var from)
                    || !TryParseDate(result.GetValue(until), "--until", out var to)
                )
                {
                    return Task.FromResult(ExitCodes.Failed);
                }
                if (result.GetValue(top) < 1)
                {
                    Console.Error.WriteLine("error: --top must be at least 1.");
                    return Task.FromResult(ExitCodes.Failed);
                }
                var filters = new SearchFilters(
                    result.GetValue(channel),
                    result.GetValue(touchpoint),
                    result.GetValue(source),
                    from,
                    to,
                    result.GetValue(sentiment)
                );
                return RunAsync(
                    result.GetRequiredValue(query),
                    result.GetRequiredValue(workspace),
                    filters,
                    result.GetValue(top),
                    result.GetValue(json),
                    result.GetValue(catalog),
                    result.GetValue(preset),
                    cancellationToken
                );
            }
        );
        return command;
    }

    private static async Task<int> RunAsync(
        string query,
        string folder,
        SearchFilters filters,
        int top,
        bool json,
        string? catalog,
        string? preset,
        CancellationToken cancellationToken
    )
    {
        // EvidenceWorkspace.Open creates missing folders; searching must not conjure an empty workspace from a typo.
        if (!File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)))
        {
            Console.Error.WriteLine(
                $"error: {folder} is not a workspace (no "
                    + $"{EvidenceWorkspace.DatabaseFileName}); create it with cx ingest "
                    + $"<files> --workspace {folder}."
            );
            return ExitCodes.Failed;
        }
        try
        {
            var options = WorkspaceSearch.ReadOptions(CxConfiguration.Load(), out var providers);
            using var ownsProviders = providers;
            using var workspace = EvidenceWorkspace.Open(folder);
            using var search = await WorkspaceSearch
                .OpenAsync(workspace, options, catalog, preset, cancellationToken)
                .ConfigureAwait(false);
            IngestCommand.ReportRefresh(search.Index);
            var result = await new HybridSearcher(search.Index, MeaningReranker.For(search.Index))
                .SearchAsync(query, filters, top, cancellationToken)
                .ConfigureAwait(false);
            foreach (var note in result.Notes)
            {
                Console.Error.WriteLine("note: " + note);
            }
            if (json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(result.Hits, Json));
            }
            else
            {
                Print(result.Hits);
            }
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: Cancelled; chunks indexed so far are kept, re-run to finish.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is Microsoft.Extensions.VectorData.VectorStoreException or ModelProviderException)
        {
            Console.Error.WriteLine(
                $"error: {e.Message} The workspace is unchanged; search again once the vector store is reachable."
            );
            return ExitCodes.Failed;
        }
        catch (Exception e)
            when (e
                    is WorkspaceException
                        or CatalogException
                        or ModelProviderConfigurationException
                        or ArgumentException
                        or IOException
                        or UnauthorizedAccessException
                        or Microsoft.Data.Sqlite.SqliteException
            )
        {
            Console.Error.WriteLine("error: " + e.Message);
            return ExitCodes.Failed;
        }
    }

    private static void Print(IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            Console.Out.WriteLine("No hits.");
            return;
        }
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            Console.Out.WriteLine($"{i + 1}. \"{Quote(hit.Text)}\"");
            var tags =
                hit.Touchpoints.Count == 0
                    ? ""
                    : $"  [{string.Join(", ", hit.Touchpoints)}{(hit.Sentiment is null ? "" : "; " + hit.Sentiment)}]";
            // A store that fuses inside (Qdrant) reports the fused score only.
            var ranks =
                hit.KeywordRank is null && hit.VectorRank is null
                    ? "fused in the vector store"
                    : $"keyword #{Rank(hit.KeywordRank)}, vector #{Rank(hit.VectorRank)}";
            Console.Out.WriteLine(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"   {hit.Source}:{hit.Line}  record {hit.RecordId}  "
                        + $"{hit.Channel}{tags}  score {hit.Score:0.0000} ({ranks})"
                )
            );
        }
    }

    private static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Quote(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= QuoteLength ? flat : flat[..QuoteLength].TrimEnd() + "…";
    }

    private static bool TryParseDate(string? value, string option, out DateTimeOffset? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }
        if (
            DateTime.TryParseExact(
                value,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var parsed
            )
        )
        {
            date = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }
        Console.Error.WriteLine($"error: {option} expects a date as yyyy-mm-dd, got '{value}'.");
        return false;
    }
}
