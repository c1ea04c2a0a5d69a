using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CxAssistant.Engine.Memory.Search;
using CxAssistant.Engine.Workspace;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx search`: hybrid (keyword + vector) search over a workspace's redacted evidence chunks.</summary>
internal static class SearchCommand
{
    private const int QuoteLength = 200;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to look for, in plain words." };
        var workspace = new Option<string>("--workspace", "-w") { Description = "Workspace folder (made by cx ingest).", DefaultValueFactory = _ => IngestCommand.DefaultWorkspace };
        var top = new Option<int>("--top", "-n") { Description = "Number of hits.", DefaultValueFactory = _ => 10 };
        var channel = new Option<string?>("--channel") { Description = "Only this channel (survey, review, social, chat…)." };
        var touchpoint = new Option<string?>("--touchpoint") { Description = "Only this touchpoint id (ignored, with a note, while workspaces store no annotations)." };
        var source = new Option<string?>("--source") { Description = "Only this source file name." };
        var since = new Option<string?>("--since") { Description = "Only feedback on or after this date (yyyy-mm-dd, UTC)." };
        var until = new Option<string?>("--until") { Description = "Only feedback before this date (yyyy-mm-dd, UTC)." };
        var json = new Option<bool>("--json") { Description = "Print the hits as JSON." };
        var command = new Command("search", "Search a workspace's evidence by keywords and meaning (redacted quotes).")
            { query, workspace, top, channel, touchpoint, source, since, until, json };
        command.SetAction((result, cancellationToken) =>
        {
            if (!TryParseDate(result.GetValue(since), "--since", out var from) || !TryParseDate(result.GetValue(until), "--until", out var to))
                return Task.FromResult(ExitCodes.Failed);
            if (result.GetValue(top) < 1)
            {
                Console.Error.WriteLine("error: --top must be at least 1.");
                return Task.FromResult(ExitCodes.Failed);
            }
            var filters = new SearchFilters(result.GetValue(channel), result.GetValue(touchpoint), result.GetValue(source), from, to);
            return RunAsync(result.GetRequiredValue(query), result.GetRequiredValue(workspace), filters, result.GetValue(top), result.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string query, string folder, SearchFilters filters, int top, bool json, CancellationToken cancellationToken)
    {
        // EvidenceWorkspace.Open creates missing folders; searching must not conjure an empty workspace from a typo.
        if (!File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)))
        {
            Console.Error.WriteLine($"error: {folder} is not a workspace (no {EvidenceWorkspace.DatabaseFileName}); create it with cx ingest <files> --workspace {folder}.");
            return ExitCodes.Failed;
        }
        try
        {
            using var workspace = EvidenceWorkspace.Open(folder);
            using var index = SearchIndex.Open(workspace.Folder);
            var added = await index.RefreshAsync(workspace, cancellationToken).ConfigureAwait(false);
            if (added > 0) Console.Error.WriteLine($"Indexed {added} new chunk(s) for search.");
            var result = await new HybridSearcher(index).SearchAsync(query, filters, top, cancellationToken).ConfigureAwait(false);
            foreach (var note in result.Notes) Console.Error.WriteLine("note: " + note);
            if (json) Console.Out.WriteLine(JsonSerializer.Serialize(result.Hits, Json));
            else Print(result.Hits);
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: Cancelled; chunks indexed so far are kept, re-run to finish.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is WorkspaceException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
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
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {hit.Source}:{hit.Line}  record {hit.RecordId}  {hit.Channel}  score {hit.Score:0.0000} (keyword #{Rank(hit.KeywordRank)}, vector #{Rank(hit.VectorRank)})"));
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
        if (value is null) return true;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            date = new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }
        Console.Error.WriteLine($"error: {option} expects a date as yyyy-mm-dd, got '{value}'.");
        return false;
    }
}
