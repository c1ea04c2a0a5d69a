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

    /// <summary>The examples of a type id (empty when it has none).</summary>
    public static IReadOnlyList<string> For(string typeId) => Default.Value.GetValueOrDefault(typeId) ?? [];

    internal static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string yaml)
    {
        var map = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>?>(yaml) ?? [];
        return map.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value ?? []], StringComparer.Ordinal);
    }
}
