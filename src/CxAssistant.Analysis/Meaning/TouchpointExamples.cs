using CxAssistant.Analysis.Touchpoints;
using YamlDotNet.Serialization;

namespace CxAssistant.Analysis.Meaning;

/// <summary>
/// Example customer sentences per built-in touchpoint type (<c>Resources/Touchpoints/examples.yaml</c>, written for
/// kinds of business): what a type sounds like in customers' words, for the meaning-based matcher.
/// </summary>
public static class TouchpointExamples
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Default = new(() =>
        Parse(TouchpointKnowledge.ReadResource("examples.yaml"))
    );

    private static readonly Lazy<IReadOnlyList<string>> OverallDefault = new(() =>
        ParseOverall(TouchpointKnowledge.ReadResource("overall.yaml"))
    );

    /// <summary>
    /// Sentences about a business as a whole and no part of it (<c>Resources/Touchpoints/overall.yaml</c>): "we loved
    /// this place", "we went for my birthday". A record nearer these than a touchpoint's examples is not about it.
    /// </summary>
    public static IReadOnlyList<string> Overall => OverallDefault.Value;

    /// <summary>The examples of a type id (empty when it has none).</summary>
    public static IReadOnlyList<string> For(string typeId) => Default.Value.GetValueOrDefault(typeId) ?? [];

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string yaml)
    {
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>?>(yaml) ?? [];
        return map.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value ?? []], StringComparer.Ordinal);
    }

    internal static IReadOnlyList<string> ParseOverall(string yaml)
    {
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>?>(yaml) ?? [];
        return [.. map.GetValueOrDefault("overall") ?? []];
    }
}
