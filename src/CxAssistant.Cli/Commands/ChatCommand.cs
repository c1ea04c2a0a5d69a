using System.CommandLine;
using CxAssistant.Chat.Sessions;
using CxAssistant.Cli.Chat;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx chat`: ask questions about a workspace's customers, offline, with numbered sources.</summary>
internal static class ChatCommand
{
    public const string Name = "chat";

    public static Command Create()
    {
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder (made by cx ingest).",
            DefaultValueFactory = _ => IngestCommand.DefaultWorkspace,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for /export (answers as Markdown).",
            DefaultValueFactory = _ => "out",
        };
        var resume = new Option<bool>("--resume")
        {
            Description = "Continue the latest saved session of this workspace.",
        };
        var provider = ProviderOption();
        var catalogs = new CatalogOptions();
        var command = new Command(
            Name,
            "Chat with your customers' data: questions in plain words, answers with numbered sources."
        )
        {
            workspace,
            output,
            resume,
            provider,
        };
        catalogs.AddTo(command);
        command.SetAction(
            (result, cancellationToken) =>
                RunAsync(
                    result.GetRequiredValue(workspace),
                    result.GetRequiredValue(output),
                    result.GetValue(resume),
                    result.GetValue(provider),
                    () => catalogs.Read(result),
                    cancellationToken
                )
        );
        return command;
    }

    /// <summary>--provider for chat and ask: a model when configured, offline otherwise.</summary>
    internal static Option<string?> ProviderOption()
    {
        var provider = new Option<string?>("--provider")
        {
            Description =
                "Who writes answers: offline, azure, openai or ollama (default: "
                + "CxAssistant:Chat:Provider, else offline).",
        };
        ProviderNames.Accept(provider, ModelProvider.Names);
        return provider;
    }

    private static async Task<int> RunAsync(
        string folder,
        string output,
        bool resume,
        string? provider,
        Func<CxAssistant.Chat.Knowledge.CatalogChoice> choice,
        CancellationToken cancellationToken
    )
    {
        try
        {
            using var model = ChatModel.Resolve(provider);
            using var data = await ChatDataLoader
                .OpenAsync(folder, quiet: false, cancellationToken, choice())
                .ConfigureAwait(false);
            var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
            var resumed = resume ? new SessionStore(folder).LoadLatest() : null;
            if (resume && resumed is null)
            {
                Console.Error.WriteLine("No saved session to resume; starting a new one.");
            }
            return await new ChatRepl(data, output, interactive, resumed, model.Responder)
                .RunAsync(cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("error: Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
            when (e
                    is WorkspaceException
                        or Analysis.Touchpoints.CatalogException
                        or Agents.Configuration.ModelProviderConfigurationException
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
}
