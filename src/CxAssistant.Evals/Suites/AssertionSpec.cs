using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxAssistant.Evals.Suites;

/// <summary>
/// One assertion as written in a suite: its type (an evaluator name), weight in the case score, the score it
/// must reach to pass, and the evaluator's own parameters (every other key).
/// </summary>
public sealed record AssertionSpec
{
    /// <summary>Evaluator name, e.g. <c>labels</c>, <c>grounding</c>, <c>json-schema</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Weight of this assertion in the case score.</summary>
    public double Weight { get; init; } = 1.0;

    /// <summary>Score (0–1) the assertion must reach; defaults to 1 (all-or-nothing).</summary>
    public double? Threshold { get; init; }

    /// <summary>Evaluator parameters.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Parameters { get; init; } = [];

    /// <summary>A parameter, or null when absent.</summary>
    public JsonElement? Get(string name) => Parameters.TryGetValue(name, out var v) ? v : null;

    /// <summary>A string parameter, or <paramref name="fallback"/>.</summary>
    public string? GetString(string name, string? fallback = null) =>
        Get(name) is { ValueKind: JsonValueKind.String } v ? v.GetString() : fallback;

    /// <summary>A number parameter, or <paramref name="fallback"/>.</summary>
    public double? GetNumber(string name, double? fallback = null) =>
        Get(name) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : fallback;

    /// <summary>A list-of-strings parameter (a single string counts as a list of one).</summary>
    public IReadOnlyList<string> GetStrings(string name) =>
        Get(name) switch
        {
            { ValueKind: JsonValueKind.Array } a => [.. a.EnumerateArray().Select(e => e.ToString())],
            { ValueKind: JsonValueKind.String } s => [s.GetString()!],
            _ => [],
        };
}
