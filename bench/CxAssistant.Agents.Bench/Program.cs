using BenchmarkDotNet.Running;
using CxAssistant.Agents.Bench;

BenchmarkRunner.Run<DraftCallBenchmarks>(DraftCallBenchmarks.Config, args);
