using System.CommandLine;
using CxAssistant.Cli.Commands;
using CxAssistant.DevTools.Commands;

var root = new RootCommand(
    "CxAssistant: find the touchpoints your customers really experience, score them and decide what to fix first."
)
{
    AnalyzeCommand.Create(),
    IngestCommand.Create(),
    GenerateCommand.Create(),
    PresetsCommand.Create(),
    BenchCommand.Create(),
    BenchSearchCommand.Create(),
    BenchIngestCommand.Create(),
    BenchFieldsCommand.Create(),
    BenchCancelCommand.Create(),
    BenchHostileCommand.Create(),
    SearchCommand.Create(),
    WorkspaceCommand.Create(),
    CorrectCommand.Create(),
    ProvidersCommand.Create(),
    EvalCommand.Create(),
    ChatCommand.Create(),
    AskCommand.Create(),
    McpCommand.Create(),
};

// Fault injection for the report-set kill test: the process kills itself (SIGKILL, no clean-up) at the named step.
if (Environment.GetEnvironmentVariable("CX_TEST_KILL_AT_STEP") is { Length: > 0 } killAt)
{
    CxAssistant.Reports.ReportWriter.OnStep = step =>
    {
        if (step == killAt)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
    };
}
var parsed = root.Parse(args);

// A bad option value (an unknown preset, a typo in a channel) stops before any work with the problem and the valid
// values on one line each, not System.CommandLine's error followed by the whole help text.
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine("error: " + error.Message);
    }
    var command = parsed.CommandResult.Command == root ? "cx" : "cx " + parsed.CommandResult.Command.Name;
    Console.Error.WriteLine($"See: {command} --help");
    return 1;
}

// cx chat handles Ctrl-C itself: it cancels the answer in progress, not the session.
var invocation = new InvocationConfiguration
{
    ProcessTerminationTimeout = parsed.CommandResult.Command.Name == ChatCommand.Name ? null : TimeSpan.FromSeconds(2),
};
var exit = await parsed.InvokeAsync(invocation);

// For cx bench-hostile and the hostile-input tests: the peak memory of this run, on stderr.
if (Environment.GetEnvironmentVariable("CX_REPORT_PEAK_MEMORY") == "1")
{
    Console.Error.WriteLine(
        $"peak-memory-mib: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 >> 20}"
    );
}
return exit;
