using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Caching;
using CxAssistant.Agents.Configuration;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Orchestration;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Cli.Terminal;
using CxAssistant.Core.Analysis;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;
using CxAssistant.Hosting.Configuration;
using CxAssistant.Hosting.Providers;
using CxAssistant.Reports;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// `cx analyze --provider azure|openai|ollama`: the offline analysis first (every number comes from it), then the
/// model drafts through <see cref="ModelAssistedAnalysis"/> with the configured provider, then the report with the
/// narrative, each artifact's provenance, tokens and cost. A model that fails degrades that artifact to the offline
/// draft (the report says so); only a configuration error stops the run, before anything is sent.
/// </summary>
internal static class ModelAnalyzeRunner
{
    /// <summary>
    /// Folder (under the working directory) for cached model answers when the data is not a workspace.
    /// </summary>
    public const string DefaultCacheFolder = ".cx-cache/responses";

    public static async Task<int> RunAsync(
        AnalyzeOptions options,
        ReportOptions report,
        string outputDirectory,
        bool quiet,
        string provider,
        bool failOnAlert,
        string? workspace,
        bool noCache,
        CancellationToken cancellationToken
    )
    {
        var console = new ConsoleUi(quiet);
        try
        {
            var configuration = WithProvider(CxConfiguration.Load(), provider);
            using var providers = ModelProviders.Create(configuration);
            var client = providers.ChatClient
                ?? throw new ModelProviderConfigurationException([
                    $"CxAssistant:Chat:Provider resolved to Offline for --provider {provider}.",
                ]);

            AnalysisResult offline;
            if (workspace is not null)
            {
                using var ws = OpenExisting(workspace);
                var ingest = await ws.LoadAsync(cancellationToken).ConfigureAwait(false);
                options = options with
                {
                    Corrections = await ws.Corrections.ListAsync(cancellationToken).ConfigureAwait(false),
                };
                offline = console.WithProgress(p =>
                    new AnalysisPipeline().Analyse(ingest, options, p, cancellationToken)
                );
            }
            else
            {
                offline = console.WithProgress(p => new AnalysisPipeline().Run(options, p, cancellationToken));
            }

            // The factory puts the cache at its place: business code → redaction gate → response cache → resilience →
            // provider.
            var storage = new FileDistributedCache(
                workspace is not null ? Path.Combine(workspace, "responses") : DefaultCacheFolder
            );
            using var cached = providers.Factory.CreateChatClient(inner => new PromptResponseCache(
                inner,
                storage,
                providers.Chat.Model
            )
            {
                ReadCache = !noCache,
            }) ?? client;
            var session = new ModelSession(cached, providers.Chat.Model, new RunLedger());
            if (!quiet)
            {
                Console.Error.WriteLine(
                    $"Drafting with {providers.Chat.Kind} {providers.Chat.Model} ({providers.Chat.Endpoint})…"
                );
            }
            var run = await new ModelAssistedAnalysis(session)
                .RunAsync(offline, options, cancellationToken)
                .ConfigureAwait(false);

            var price = ModelPrice.From(configuration, providers.Chat.Model, providers.Chat.Kind.ToString());
            var withModel = ModelRunReport.Apply(
                report,
                run,
                price,
                $"{providers.Chat.Kind} model {providers.Chat.Model} (drafts checked by "
                    + $"the offline core, which computes every number)"
            );
            var written = ReportWriter.WriteAll(run.Analysis, outputDirectory, withModel, cancellationToken);
            console.Summary(run.Analysis, withModel, written);
            var degradedList = run.Degraded.ToList();
            Console.Out.WriteLine(
                $"Model: {run.Ledger.InputTokens:N0} input + {run.Ledger.OutputTokens:N0} output tokens in requests, "
                    + $"{RunLedger.CostText(run.Ledger.Cost(price), price)}; "
                    + $"{degradedList.Count} artifact(s) fell back to the offline draft."
            );
            // A dead endpoint fails every artifact the same way: show a few, the report lists them all.
            foreach (var degraded in degradedList.Take(3))
            {
                var why = string.IsNullOrWhiteSpace(degraded.Provenance.Note)
                    ? "the model's answer was unusable"
                    : degraded.Provenance.Note;
                console.Error($"{degraded.Stage} {degraded.Artifact}: offline draft kept ({why}).");
            }
            if (degradedList.Count > 3)
            {
                console.Error(
                    $"…and {degradedList.Count - 3} more artifact(s) kept their offline "
                        + $"draft; report.md (Model assistance) lists each."
                );
            }
            foreach (var skipped in run.Analysis.Skipped)
            {
                console.Error(skipped.ToString());
            }
            return AnalyzeRunner.Finish(
                run.Analysis,
                withModel,
                failOnAlert,
                run.Analysis.Skipped.Count > 0 || run.Degraded.Any()
            );
        }
        catch (ModelProviderConfigurationException e)
        {
            console.Error(e.Message);
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException)
        {
            console.Error("Cancelled; no output was written.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (AnalyzeRunner.IsInputProblem(e))
        {
            console.Error(e.Message);
            return ExitCodes.Failed;
        }
    }

    /// <summary>
    /// --provider wins over CxAssistant:Chat:Provider; every other setting still comes from configuration.
    /// </summary>
    internal static IConfiguration WithProvider(IConfiguration configuration, string provider) =>
        ProviderOverride.Apply(configuration, ProviderOverride.KindFor(provider) ?? ProviderKind.Offline);

    private static EvidenceWorkspace OpenExisting(string folder) =>
        File.Exists(Path.Combine(folder, EvidenceWorkspace.DatabaseFileName))
            ? EvidenceWorkspace.Open(folder)
            : throw new AnalysisException(
                $"No workspace in {folder}; import files first with: cx ingest <paths> --workspace {folder}"
            );
}
