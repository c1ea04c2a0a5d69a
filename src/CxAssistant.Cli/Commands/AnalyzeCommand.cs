using System.CommandLine;
using CxAssistant.Agents.Configuration;
using CxAssistant.Analysis.Jobs;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Analysis.Touchpoints;
using CxAssistant.Core.Alerts;
using CxAssistant.Core.Metrics;
using CxAssistant.Core.Periods;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Ingestion;
using CxAssistant.Reports;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx analyze`: files or folders in, a touchpoint analysis out (report.md/html, analysis.json, CSVs).
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders of customer data (.csv .tsv .json .jsonl .txt .vtt .md).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var workspace = new Option<string?>("--workspace", "-w")
        {
            Description = "Analyse everything imported into this workspace (see cx ingest) instead of files.",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder.",
            DefaultValueFactory = _ => "out",
        };
        var catalog = new Option<string?>("--catalog") { Description = "Your touchpoint catalog (YAML, see README)." };
        var preset = new Option<string?>("--preset")
        {
            Description =
                $"Built-in catalog when you have none: "
                + $"{string.Join(", ", Presets.Names)} (default: chosen from the data).",
        };
        var top = new Option<int>("--top")
        {
            Description = "How many touchpoints to put under \"fix first\".",
            DefaultValueFactory = _ => 3,
        };
        var noDiscovery = new Option<bool>("--no-discovery")
        {
            Description = "Do not propose touchpoints that the catalog misses.",
        };
        var title = new Option<string?>("--title") { Description = "Report title (default: the folder or file name)." };
        var personas = new Option<int?>("--personas")
        {
            Description = "How many persona cards to draw (default: chosen from the data, 2–6).",
        };
        var importance = new Option<string[]>("--importance-columns")
        {
            Description =
                "Survey columns rating how important each desired outcome is (default: detected, e.g. importance_*).",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r =>
                [
                    .. r.Tokens.SelectMany(t =>
                        t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    ),
                ],
        };
        var satisfaction = new Option<string[]>("--satisfaction-columns")
        {
            Description = "Survey columns rating satisfaction with the same outcomes, in the same order.",
            AllowMultipleArgumentsPerToken = true,
            CustomParser = r =>
                [
                    .. r.Tokens.SelectMany(t =>
                        t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    ),
                ],
        };
        var orderValue = new Option<string?>("--order-value-column")
        {
            Description =
                "Column holding the order value, for customer lifetime value (default: detected, e.g. order_value).",
        };
        var margin = new Option<double>("--margin")
        {
            Description = "Profit margin assumed for lifetime value, 0–1.",
            DefaultValueFactory = _ => 0.30,
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print only errors and the list of files written.",
        };
        var provider = new Option<string?>("--provider")
        {
            Description =
                $"Model provider for drafting: {string.Join(", ", ModelProvider.Names)} "
                + $"(model from configuration CxAssistant:Chat).",
            DefaultValueFactory = _ => ModelProvider.Offline,
        };
        ProviderNames.Accept(provider, ModelProvider.Names);
        var dryRun = new Option<bool>("--dry-run")
        {
            Description =
                "Print the model calls, tokens and estimated cost the provider would "
                + "need, send nothing and write no files.",
        };
        var noCache = new Option<bool>("--no-cache")
        {
            Description =
                "With a model provider: ask the model again instead of reusing answers "
                + "kept from earlier runs (answers that pass their checks are still "
                + "kept).",
        };
        var rawText = new Option<bool>("--raw-text")
        {
            Description =
                "Keep customers' personal data (names, e-mails, phone numbers…) in the "
                + "output files, for local use only. "
                + "By default every output is redacted so it can be shared; model calls are redacted either way.",
        };
        var comparePeriods = new Option<string>("--compare-periods")
        {
            Description =
                "Compare the latest period of dated records with the one before "
                + "(\"What changed\"): month, week, quarter or none.",
            DefaultValueFactory = _ => "month",
        };
        comparePeriods.AcceptOnlyFromAmong("month", "week", "quarter", "none");
        var failOnAlert = new Option<bool>("--fail-on-alert")
        {
            Description =
                "Exit with code 3 when an alert threshold (configuration "
                + "CxAssistant:Alerts) is crossed, after writing every output.",
        };
        var ingest = new IngestOptionsBinder();

        var command = new Command(
            "analyze",
            "Analyse customer data offline: touchpoints, scores, map, what to fix first."
        )
        {
            paths,
            workspace,
            output,
            catalog,
            preset,
            top,
            personas,
            importance,
            satisfaction,
            orderValue,
            margin,
            noDiscovery,
            title,
            quiet,
            provider,
            dryRun,
            noCache,
            rawText,
            comparePeriods,
            failOnAlert,
        };
        ingest.AddTo(command);
        preset.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !Presets.Names.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                r.AddError($"Unknown preset '{value}'. Choose one of: {string.Join(", ", Presets.Names)}.");
            }
        });
        personas.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1 or > 12)
            {
                r.AddError("--personas must be between 1 and 12.");
            }
        });
        command.Validators.Add(r =>
        {
            if ((r.GetValue(importance)?.Length ?? 0) != (r.GetValue(satisfaction)?.Length ?? 0))
            {
                r.AddError(
                    "--importance-columns and --satisfaction-columns must name the same "
                        + "number of columns, in matching order."
                );
            }
        });
        command.Validators.Add(r =>
        {
            var hasPaths = (r.GetValue(paths)?.Length ?? 0) > 0;
            var hasWorkspace = r.GetValue(workspace) is not null;
            if (hasPaths == hasWorkspace)
            {
                r.AddError(
                    hasPaths
                        ? "Give either files or --workspace, not both."
                        : "Give the files or folders to analyse, or --workspace DIR."
                );
            }
        });
        margin.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is <= 0 or > 1)
            {
                r.AddError("--margin must be above 0 and at most 1 (0.3 = 30%).");
            }
        });
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 50)
            {
                r.AddError("--top must be between 1 and 50.");
            }
        });

        command.SetAction(
            (result, cancellationToken) =>
            {
                var options = new AnalyzeOptions
                {
                    Paths = result.GetValue(workspace) is { } w ? [w] : result.GetRequiredValue(paths),
                    Ingest = ingest.Bind(result),
                    CatalogPath = result.GetValue(catalog),
                    Preset = result.GetValue(preset)?.ToLowerInvariant(),
                    Discover = !result.GetValue(noDiscovery),
                    Top = result.GetValue(top),
                    Personas = result.GetValue(personas),
                    RawText = result.GetValue(rawText),
                    ComparePeriods = PeriodKeys.Parse(result.GetValue(comparePeriods)),
                    Engagement = new EngagementOptions
                    {
                        OrderValueColumn = result.GetValue(orderValue),
                        Margin = result.GetValue(margin),
                    },
                    Jobs = new JobsOptions
                    {
                        ImportanceColumns = result.GetValue(importance) ?? [],
                        SatisfactionColumns = result.GetValue(satisfaction) ?? [],
                    },
                };
                AlertOptions alerts;
                try
                {
                    alerts = AlertSettings.Read(CxConfiguration.Load());
                }
                catch (ArgumentException e)
                {
                    Console.Error.WriteLine("error: " + e.Message);
                    return Task.FromResult(ExitCodes.Failed);
                }
                var fail = result.GetValue(failOnAlert);
                var report = new ReportOptions
                {
                    Alerts = alerts,
                    Title = result.GetValue(title) ?? DefaultTitle(options.Paths),
                    Top = result.GetValue(top),
                };
                var providerName = result.GetValue(provider) ?? ModelProvider.Offline;
                if (
                    result.GetValue(workspace) is null
                    && ChannelCheck.Problem(options.Paths, options.Ingest) is { } channelProblem
                )
                {
                    Console.Error.WriteLine("error: " + channelProblem);
                    return Task.FromResult(ExitCodes.Failed);
                }
                // Said on stderr even with --quiet: the files written are not safe to share.
                if (options.RawText && !result.GetValue(dryRun))
                {
                    Console.Error.WriteLine(
                        "warning: --raw-text: the output files keep customers' personal data "
                            + "unredacted; do not share them."
                    );
                }
                if (result.GetValue(dryRun))
                {
                    return AnalyzeRunner.DryRunAsync(
                        options,
                        providerName,
                        result.GetValue(workspace),
                        cancellationToken
                    );
                }
                if (providerName != ModelProvider.Offline)
                {
                    return ModelAnalyzeRunner.RunAsync(
                        options,
                        report,
                        result.GetRequiredValue(output),
                        result.GetValue(quiet),
                        providerName,
                        fail,
                        result.GetValue(workspace),
                        result.GetValue(noCache),
                        cancellationToken
                    );
                }
                return result.GetValue(workspace) is { } folder
                    ? RunOnWorkspaceAsync(
                        folder,
                        options,
                        report,
                        result.GetRequiredValue(output),
                        result.GetValue(quiet),
                        fail,
                        cancellationToken
                    )
                    : Task.FromResult(
                        AnalyzeRunner.Run(
                            options,
                            report,
                            result.GetRequiredValue(output),
                            result.GetValue(quiet),
                            fail,
                            cancellationToken
                        )
                    );
            }
        );
        return command;
    }

    /// <summary>
    /// Like <see cref="AnalyzeRunner.Run"/>, but the evidence comes from a workspace instead of files.
    /// </summary>
    private static Task<int> RunOnWorkspaceAsync(
        string folder,
        AnalyzeOptions options,
        ReportOptions report,
        string outputDirectory,
        bool quiet,
        bool failOnAlert,
        CancellationToken cancellationToken
    ) =>
        AnalyzeRunner.RunAsync(
            async console =>
            {
                if (!File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName)))
                {
                    throw new AnalysisException(
                        $"No workspace in {folder}; import files first with: cx ingest <paths> --workspace {folder}"
                    );
                }
                IngestResult ingest;
                using (var workspace = EvidenceWorkspace.Open(folder))
                {
                    ingest = await workspace.LoadAsync(cancellationToken).ConfigureAwait(false);
                    options = options with
                    {
                        Corrections = await workspace.Corrections.ListAsync(cancellationToken).ConfigureAwait(false),
                    };
                }
                if (ingest.Records.Count == 0)
                {
                    throw new AnalysisException(
                        $"The workspace in {folder} holds no evidence; import files with: cx "
                            + $"ingest <paths> --workspace {folder}"
                    );
                }
                return console.WithProgress(p => new AnalysisPipeline().Analyse(ingest, options, p, cancellationToken));
            },
            report,
            outputDirectory,
            quiet,
            failOnAlert,
            cancellationToken
        );

    private static string DefaultTitle(IReadOnlyList<string> paths) =>
        paths.Count == 1
            ? Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths[0])))
            : "customer feedback";
}
