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
    ProvidersCommand.Create(),
    EvalCommand.Create(),
    ChatCommand.Create(),
    AskCommand.Create(),
    McpCommand.Create(),
};
// Fault injection for the report-set kill test: the process kills itself (SIGKILL, no clean-up) at the named step.
if (Environment.GetEnvironmentVariable("CX_TEST_KILL_AT_STEP") is { Length: > 0 } killAt)
    CxAssistant.Engine.Reports.ReportWriter.OnStep = step =>
    {
        if (step == killAt) System.Diagnostics.Process.GetCurrentProcess().Kill();
    };
var parsed = root.Parse(args);
// cx chat handles Ctrl-C itself: it cancels the answer in progress, not the session.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = parsed.CommandResult.Command.Name == ChatCommand.Name ? null : TimeSpan.FromSeconds(2) };
return await parsed.InvokeAsync(invocation);
