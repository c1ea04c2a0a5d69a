using BenchmarkDotNet.Running;
using CxAssistant.LocalModel.Bench;

// dotnet run -c Release --project bench/CxAssistant.LocalModel.Bench -- quality | build | speed [BenchmarkDotNet args]
var mode = args.FirstOrDefault() ?? "quality";
switch (mode)
{
    case "quality":
        await QualityRun.RunAsync(args.Skip(1).ToArray());
        break;
    case "build":
        BuildRun.Run();
        break;
    case "classify":
        await QualityRun.ClassifyOnlyAsync(args[1..]);
        break;
    case "throughput":
        await ThroughputRun.RunAsync(withFull: !args.Contains("--no-full"));
        break;
    case "probe":
        await ThroughputRun.ProbeAsync(args[1..]);
        break;
    case "speed":
        BenchmarkRunner.Run<EncoderBenchmarks>(EncoderBenchmarks.Config, [.. args.Skip(1)]);
        break;
    default:
        Console.Error.WriteLine("usage: quality [static-variants…] | build | speed [BenchmarkDotNet options]");
        return 1;
}
return 0;
