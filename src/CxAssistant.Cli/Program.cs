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
};
return await root.Parse(args).InvokeAsync();
