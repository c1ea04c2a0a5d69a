using System.Text.Json.Nodes;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// One case: inputs for the stage, the expected values (gold labels, reference texts), an optional control input
/// (the same case without an attack payload; red-team assertions compare against its output) and extra assertions.
/// </summary>
public sealed record EvalCase
{
    /// <summary>Case id, unique within the suite.</summary>
    public required string Id { get; init; }

    /// <summary>What the case is about.</summary>
    public string Description { get; init; } = "";

    /// <summary>Stage inputs.</summary>
    public CaseInputs Inputs { get; init; } = new();

    /// <summary>Expected values, read by assertions (e.g. <c>sentiment: negative</c>).</summary>
    public JsonObject Expect { get; init; } = [];

    /// <summary>The same inputs without the payload under test (red-team cases).</summary>
    public CaseInputs? Control { get; init; }

    /// <summary>Assertions for this case only.</summary>
    public IReadOnlyList<Suites.AssertionSpec> Assert { get; init; } = [];

    /// <summary>Free tags (industry, attack kind…) shown in reports.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
