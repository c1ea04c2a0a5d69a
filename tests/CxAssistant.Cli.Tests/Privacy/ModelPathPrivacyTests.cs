using CxAssistant.Agents.Tests.Privacy.Planted;
using CxAssistant.Agents.Tests.Support;

namespace CxAssistant.Cli.Tests.Privacy;

/// <summary>
/// Every `cx` command that can call a model, run as a user would (real binary, configuration from the environment)
/// against
/// an OpenAI-compatible server on loopback that records and wire-checks each request, on data with planted personal
/// data:
/// no planted value may appear in any request body, and the shareable outputs hold none either.
/// </summary>
public sealed class ModelPathPrivacyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LoopbackModelServer _server = LoopbackModelServer.Start();
    private readonly string _data;

    public ModelPathPrivacyTests() => _data = _folder.File("feedback.csv", PlantedPii.Csv());

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Analyze_OpenAIWithEveryStage_SendsNoPlantedValueAndWritesRedactedReports()
    {
        var output = Path.Combine(_folder.Path, "out");

        var result = CxProcess.RunWith(
            _folder.Path,
            Model(),
            "analyze",
            _data,
            "--out",
            output,
            "--provider",
            "openai",
            "--quiet"
        );

        Assert.True(result.ExitCode is 0 or 2, result.StdErr);
        var stages = Requests().Select(Prompt).ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "annotate-batch",
                "name-discovered-touchpoint",
                "persona-card",
                "job-statements",
                "hypotheses",
                "report-narrative",
            },
            stages
        );
        AssertNoPlantedValueSent();
        foreach (
            var file in new[]
            {
                "report.md",
                "report.html",
                "analysis.json",
                "annotations.csv",
                "personas.md",
                "backlog.md",
                "hypotheses.csv",
                "touchpoints.csv",
            }
        )
        {
            var path = Path.Combine(output, file);
            if (!File.Exists(path))
            {
                continue;
            }
            var text = File.ReadAllText(path);
            Assert.True(!PlantedPii.FoundIn(text).Any(), $"{file} shows {string.Join(", ", PlantedPii.FoundIn(text))}");
        }
    }

    [Fact]
    public void AskChatAndSearch_OpenAIChatAndEmbeddings_SendNoPlantedValue()
    {
        var workspace = Path.Combine(_folder.Path, "ws");
        var environment = Model(embeddings: true);

        Assert.Equal(0, CxProcess.RunWith(environment, "ingest", _data, "--workspace", workspace).ExitCode);
        var search = CxProcess.RunWith(
            environment,
            "search",
            "refund for kim.lee@example.com",
            "--workspace",
            workspace
        );
        var ask = CxProcess.RunWith(
            environment,
            "ask",
            "What did Kim (kim.lee@example.com, 0033 1 42 68 53 00) say about refunds?",
            "--workspace",
            workspace,
            "--provider",
            "openai"
        );
        using var chat = ChatSession.Start(
            terminal: false,
            environment,
            "chat",
            "--workspace",
            workspace,
            "--provider",
            "openai"
        );
        chat.Type("Why is Mr Patel (raj.p@mail.test) unhappy with checkout?\n");
        chat.CloseInput();
        chat.AssertExitCode(0);

        Assert.Equal(0, search.ExitCode);
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains(Requests(), r => r.Path.EndsWith("/embeddings", StringComparison.Ordinal));
        Assert.True(
            Requests().Count(r => r.Json.TryGetProperty("tools", out _)) >= 4,
            "ask and chat each make a tool round and an answer"
        );
        Assert.Contains(Requests(), r => r.RawBody.Contains("\"role\":\"tool\"", StringComparison.Ordinal));
        AssertNoPlantedValueSent();
    }

    [Fact]
    public void EvalRun_OpenAIModelSuitesAndJudge_SendNoPlantedValue()
    {
        var evals = Path.Combine(_folder.Path, "evals");
        Directory.CreateDirectory(Path.Combine(evals, "suites"));
        File.Copy(_data, Path.Combine(evals, "suites", "feedback.csv"));
        File.WriteAllText(
            Path.Combine(evals, "suites", "pii-annotation.yaml"),
            $"""
            name: pii-annotation
            description: planted PII through the model annotator
            stage: annotation
            prompts: [annotate-batch]
            assert:
              - type: grounding
              - type: rubric
                rubric: The labels fit the text.
                levels: {"{"} 1: wrong, 5: right {"}"}
            cases:
              - id: planted
                inputs: {"{"} catalog: ecommerce, records: {PlantedPii.YamlRecords()} {"}"}
            """
        );
        File.WriteAllText(
            Path.Combine(evals, "suites", "pii-personas.yaml"),
            """
            name: pii-personas
            description: planted PII through the persona agent
            stage: personas
            prompts: [persona-card]
            assert:
              - type: persona
            cases:
              - id: planted
                inputs: { paths: [feedback.csv] }
            """
        );
        var environment = new Dictionary<string, string>(Model()) { ["CxAssistant__Evals__JudgeProvider"] = "openai" };

        var result = CxProcess.RunWith(
            environment,
            "eval",
            "run",
            Path.Combine(evals, "suites", "pii-annotation.yaml"),
            Path.Combine(evals, "suites", "pii-personas.yaml"),
            "--provider",
            "openai",
            "--no-cache",
            "--evals-dir",
            evals
        );

        Assert.True(result.ExitCode is 0 or 2, result.StdOut + result.StdErr);
        var prompts = Requests().Select(Prompt).ToHashSet();
        Assert.Superset(new HashSet<string> { "annotate-batch", "persona-card", "judge" }, prompts);
        Assert.True(Requests().Count >= 3, "annotation, persona and judge requests");
        AssertNoPlantedValueSent();
    }

    [Fact]
    public void Analyze_RawText_KeepsPlantedValuesInLocalFilesAndSaysSo()
    {
        var output = Path.Combine(_folder.Path, "raw");

        var result = CxProcess.Run("analyze", _data, "--out", output, "--raw-text", "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--raw-text", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(
            "kim.lee@example.com",
            File.ReadAllText(Path.Combine(output, "analysis.json")),
            StringComparison.Ordinal
        );
        Assert.Contains("unredacted", File.ReadAllText(Path.Combine(output, "report.md")), StringComparison.Ordinal);
    }

    private IReadOnlyList<RecordedRequest> Requests() => _server.Requests;

    private void AssertNoPlantedValueSent()
    {
        Assert.NotEmpty(Requests());
        Assert.Empty(_server.Violations);
        var leaks = Requests()
            .SelectMany(r => PlantedPii.FoundIn(r.RawBody).Select(v => $"{r.Path} ({Prompt(r)}): {v}"))
            .Distinct()
            .ToList();
        Assert.True(leaks.Count == 0, "planted values sent to the model:\n" + string.Join("\n", leaks.Take(40)));
    }

    // The prompt a request carries, recognised by the opening of its system text (prompts/*.prompty).
    private static string Prompt(RecordedRequest request)
    {
        var text = request.RawBody;
        foreach (var (marker, name) in Markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return name;
            }
        }
        return request.Path.EndsWith("/embeddings", StringComparison.Ordinal) ? "embeddings" : "other";
    }

    private static readonly (string Marker, string Name)[] Markers =
    [
        ("Label customer feedback for a touchpoint analysis", "annotate-batch"),
        ("catalog does not list", "name-discovered-touchpoint"),
        ("Improve the wording of a persona card", "persona-card"),
        ("Rewrite job-to-be-done statements", "job-statements"),
        ("Improve the wording of improvement hypotheses", "hypotheses"),
        ("Write the summary of a customer-experience report", "report-narrative"),
        ("strict evaluator", "judge"),
    ];

    private Dictionary<string, string> Model(bool embeddings = false)
    {
        var baseUrl = new Uri(_server.BaseAddress, "v1").ToString();
        var environment = new Dictionary<string, string>
        {
            ["CxAssistant__Chat__OpenAI__ApiKey"] = "sk-test-not-a-real-key",
            ["CxAssistant__Chat__OpenAI__BaseUrl"] = baseUrl,
            ["CxAssistant__Chat__OpenAI__Model"] = "gpt-4o-mini",
            ["CxAssistant__Chat__Resilience__MaxRetries"] = "0",
        };
        if (embeddings)
        {
            environment["CxAssistant__Embeddings__Provider"] = "OpenAI";
            environment["CxAssistant__Embeddings__OpenAI__ApiKey"] = "sk-test-not-a-real-key";
            environment["CxAssistant__Embeddings__OpenAI__BaseUrl"] = baseUrl;
            environment["CxAssistant__Embeddings__OpenAI__Model"] = "text-embedding-3-small";
        }
        return environment;
    }
}
