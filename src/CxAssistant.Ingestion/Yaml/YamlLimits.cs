namespace CxAssistant.Ingestion.Yaml;

/// <summary>What one YAML document may cost: nodes added by expanding aliases, and nesting depth.</summary>
/// <param name="MaxAliasNodes">
/// Most nodes that aliases may add when expanded. Ordinary files use a handful ("defaults: *base"); an "alias bomb"
/// (each anchor listing the previous one ten times) adds billions from a few hundred bytes.
/// </param>
/// <param name="MaxDepth">Deepest nesting of sequences and mappings (YamlDotNet's document model recurses per
/// level).</param>
public sealed record YamlLimits(
    int MaxAliasNodes = YamlLimits.DefaultMaxAliasNodes,
    int MaxDepth = YamlLimits.DefaultMaxDepth
)
{
    public const int DefaultMaxAliasNodes = 10_000;

    /// <summary>Under YamlDotNet's own default recursion limit (130) so our message comes first.</summary>
    public const int DefaultMaxDepth = 100;

    public static YamlLimits Default { get; } = new();
}
