using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Composition;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Agents.Prompts;
using CxAssistant.TestKit;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace CxAssistant.Agents.Bench;

/// <summary>
/// One drafting call (the discovery-naming prompt) against a model that answers instantly, in layers: the bare chat
/// client; SK's prompt function with no filters (template render, chat-prompt parsing, the M.E.AI bridge); the same
/// with the redaction render filter; and the whole session (every filter: redaction, call log, ledger, claim check).
/// The differences are the kernel's overhead per draft, by part.
/// </summary>
[MemoryDiagnoser]
public class DraftCallBenchmarks
{
    /// <summary>
    /// One in-process job (no generated project to build on a loaded machine): one warm-up, ten iterations.
    /// </summary>
    public static IConfig Config { get; } =
        ManualConfig
            .Create(DefaultConfig.Instance)
            .AddJob(
                Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(1).WithIterationCount(10)
            );

    private const string Answer =
        """{"name":"Parcel lockers","description":"Collecting parcels","stage":"delivery","evidenceIds":["r1"]}""";

    private readonly ScriptedChatClient _client = new(_ => Answer);
    private RenderedPrompt _prompt = null!;
    private ChatOptions _options = null!;
    private Kernel _bare = null!,
        _redacting = null!;
    private KernelFunction _function = null!;
    private ModelSession _session = null!;
    private DraftCheck<TouchpointNaming, string> _check = null!;

    [GlobalSetup]
    public void Setup()
    {
        _prompt = PromptCatalog
            .Embedded.RenderAsync(
                DiscoveryAgent.PromptName,
                new Dictionary<string, string>
                {
                    ["current_name"] = "lockers",
                    ["terms"] = "locker, parcel locker, collection point",
                    ["stages"] = "awareness, purchase, delivery",
                    ["evidence"] = EvidenceBlock.Format([
                        .. Enumerable
                            .Range(1, 20)
                            .Select(i =>
                                ($"r{i}", $"The parcel locker at the station was full again, day {i}; I had to wait.")
                            ),
                    ]),
                }
            )
            .GetAwaiter()
            .GetResult();
        _options = new ChatOptions
        {
            Temperature = (float)_prompt.Prompt.Settings.Temperature,
            ResponseFormat = ChatResponseFormat.ForJsonSchema<TouchpointNaming>(
                ModelSession.Json,
                nameof(TouchpointNaming)
            ),
        };
        _bare = BareKernel();
        _redacting = AgentKernel.Create(_client);
        _function = new PromptFunctions(PromptCatalog.Embedded).Get(DiscoveryAgent.PromptName);
        _session = new ModelSession(_client, "m", new RunLedger());
        _check = new DraftCheck<TouchpointNaming, string>(a => new Checked<string>(a.Name, []));
    }

    [Benchmark(Baseline = true, Description = "bare IChatClient call")]
    public Task<ChatResponse> BareClient() => _client.GetResponseAsync(_prompt.Messages, _options);

    [Benchmark(Description = "SK prompt function, no filters")]
    public Task<FunctionResult> KernelNoFilters() => _bare.InvokeAsync(_function, Arguments());

    [Benchmark(Description = "kernel with its filters (redaction, log)")]
    public Task<FunctionResult> KernelWithFilters() => _redacting.InvokeAsync(_function, Arguments());

    [Benchmark(Description = "ModelSession.AskAsync: + ledger, claim check, parse")]
    public Task<ModelReply<TouchpointNaming>> Session() =>
        _session.AskAsync<TouchpointNaming>("discover", _prompt, [], 0, _check);

    private KernelArguments Arguments()
    {
        var arguments = new KernelArguments(new DraftSettings<TouchpointNaming>(_prompt.Prompt, "m"));
        foreach (var (name, value) in _prompt.Inputs)
        {
            arguments[name] = value;
        }
        return arguments;
    }

    private Kernel BareKernel()
    {
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton<IChatClient>(_client);
        return builder.Build();
    }
}
