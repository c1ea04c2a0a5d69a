using System.CommandLine;
using CxAssistant.Cli.Commands;

var root = new RootCommand("CxAssistant: find the touchpoints your customers really experience, score them and decide what to fix first.")
{
    AnalyzeCommand.Create(),
    IngestCommand.Create(),
    GenerateCommand.Create(),
    PresetsCommand.Create(),
    BenchCommand.Create(),
    BenchSearchCommand.Create(),
    BenchIngestCommand.Create(),
    SearchCommand.Create(),
    WorkspaceCommand.Create(),
    ProvidersCommand.Create(),
    EvalCommand.Create(),
    ChatCommand.Create(),
    AskCommand.Create(),
    McpCommand.Create(),
};
var parsed = root.Parse(args);
// cx chat handles Ctrl-C itself: it cancels the answer in progress, not the session.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = parsed.CommandResult.Command.Name == ChatCommand.Name ? null : TimeSpan.FromSeconds(2) };
return await parsed.InvokeAsync(invocation);
