using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using CxAssistant.Chat.Tools;
using CxAssistant.Cli.Chat;
using CxAssistant.Data.Workspace;
using CxAssistant.Hosting;

namespace CxAssistant.Cli.Commands;

/// <summary>`cx ask`: one question, one answer with sources (or JSON), offline.</summary>
internal static class AskCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static Command Create()
    {
        var question = new Argument<string>("question")
        {
            Description = "Your question in plain words, e.g. \"what should I fix first?\"",
        };
        var workspace = new Option<string>("--workspace", "-w")
        {
            Description = "Workspace folder (made by cx ingest).",
            DefaultValueFactory = _ => IngestCommand.DefaultWorkspace,
        };
        var json = new Option<bool>("--json") { Description = "Print the answer and its citations as JSON." };
        var provider = ChatCommand.ProviderOption();
        var catalogs = new CatalogOptions();
        var command = new Command(
            "ask",
            "Ask one question about a workspace's customers and get a short answer with sources."
        )
        {
            question,
            workspace,
            json,
            provider,
        };
        catalogs.AddTo(command);
        command.SetAction(
            (result, cancellationToken) =>
                RunAsync(
                    result.GetRequiredValue(question),
                    result.GetRequiredValue(workspace),
                    result.GetValue(json),
                    result.GetValue(provider),
                    () => catalogs.Read(result),
                    cancellationToken
                )
        );
        return command;
    }

    private static async Task<int> RunAsync(
        string question,
        string folder,
        bool json,
        string? provider,
        Func<CxAssistant.Chat.Knowledge.CatalogChoice> choice,
        CancellationToken cancellationToken
    )
    {
        try
        {
            using var model = ChatModel.Resolve(provider);
            using var data = await ChatDataLoader
                .OpenAsync(folder, quiet: json, cancellationToken, choice())
                .ConfigureAwait(false);
            var answer = await model
                .Responder(new ChatToolbox(data))
                .AnswerAsync(question, null, cancellationToken)
                .ConfigureAwait(false);
            if (json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(answer, Json));
            }
            else
            {
                new AnswerPrinter(styled: false).Answer(answer);
            }
            return ExitCodes.Ok;
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
