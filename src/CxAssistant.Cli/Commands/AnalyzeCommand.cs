using System.CommandLine;
using CxAssistant.Core.Metrics;
using CxAssistant.Engine.Jobs;
using CxAssistant.Engine.Pipeline;
using CxAssistant.Engine.Reports;
using CxAssistant.Engine.Touchpoints;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx analyze`: files or folders in, a touchpoint analysis out (report.md/html, analysis.json, CSVs).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of customer data (.csv .tsv .json .jsonl .txt .vtt .md).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "out" };
        var catalog = new Option<string?>("--catalog") { Description = "Your touchpoint catalog (YAML, see README)." };
        var preset = new Option<string?>("--preset") { Description = $"Built-in catalog when you have none: {string.Join(", ", Presets.Names)} (default: chosen from the data)." };
        var top = new Option<int>("--top") { Description = "How many touchpoints to put under \"fix first\".", DefaultValueFactory = _ => 3 };
        var noDiscovery = new Option<bool>("--no-discovery") { Description = "Do not propose touchpoints that the catalog misses." };
        var title = new Option<string?>("--title") { Description = "Report title (default: the folder or file name)." };
        var personas = new Option<int?>("--personas") { Description = "How many persona cards to draw (default: chosen from the data, 2–6)." };
        var importance = new Option<string[]>("--importance-columns")
        {
            Description = "Survey columns rating how important each desired outcome is (default: detected, e.g. importance_*).",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        var satisfaction = new Option<string[]>("--satisfaction-columns")
        {
            Description = "Survey columns rating satisfaction with the same outcomes, in the same order.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r => [.. r.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        };
        var orderValue = new Option<string?>("--order-value-column") { Description = "Column holding the order value, for customer lifetime value (default: detected, e.g. order_value)." };
        var margin = new Option<double>("--margin") { Description = "Profit margin assumed for lifetime value, 0–1.", DefaultValueFactory = _ => 0.30 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the list of files written." };
        var ingest = new IngestOptionsBinder();

        var command = new Command("analyze", "Analyse customer data offline: touchpoints, scores, map, what to fix first.")
        {
            paths, output, catalog, preset, top, personas, importance, satisfaction, orderValue, margin, noDiscovery, title, quiet,
        };
        ingest.AddTo(command);
        preset.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !Presets.Names.Contains(value, StringComparer.OrdinalIgnoreCase))
                r.AddError($"Unknown preset '{value}'. Choose one of: {string.Join(", ", Presets.Names)}.");
        });
        personas.Validators.Add(r => { if (r.GetValueOrDefault<int?>() is < 1 or > 12) r.AddError("--personas must be between 1 and 12."); });
        command.Validators.Add(r =>
        {
            if ((r.GetValue(importance)?.Length ?? 0) != (r.GetValue(satisfaction)?.Length ?? 0))
                r.AddError("--importance-columns and --satisfaction-columns must name the same number of columns, in matching order.");
        });
        margin.Validators.Add(r => { if (r.GetValueOrDefault<double>() is <= 0 or > 1) r.AddError("--margin must be above 0 and at most 1 (0.3 = 30%)."); });
        top.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 50) r.AddError("--top must be between 1 and 50."); });

        command.SetAction((result, cancellationToken) =>
        {
            var options = new AnalyzeOptions
            {
                Paths = result.GetRequiredValue(paths),
                Ingest = ingest.Bind(result),
                CatalogPath = result.GetValue(catalog),
                Preset = result.GetValue(preset)?.ToLowerInvariant(),
                Discover = !result.GetValue(noDiscovery),
                Top = result.GetValue(top),
                Personas = result.GetValue(personas),
                Engagement = new EngagementOptions { OrderValueColumn = result.GetValue(orderValue), Margin = result.GetValue(margin) },
                Jobs = new JobsOptions
                {
                    ImportanceColumns = result.GetValue(importance) ?? [],
                    SatisfactionColumns = result.GetValue(satisfaction) ?? [],
                },
            };
            var report = new ReportOptions
            {
                Title = result.GetValue(title) ?? DefaultTitle(options.Paths),
                Top = result.GetValue(top),
            };
            return Task.FromResult(AnalyzeRunner.Run(options, report, result.GetRequiredValue(output), result.GetValue(quiet), cancellationToken));
        });
        return command;
    }

    private static string DefaultTitle(IReadOnlyList<string> paths) =>
        paths.Count == 1 ? Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths[0]))) : "customer feedback";
}
