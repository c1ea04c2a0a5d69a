using YamlDotNet.Core;

namespace CxAssistant.Ingestion.Yaml;

/// <summary>
/// A YAML text over <see cref="YamlLimits"/>; a <see cref="YamlException"/> so callers report it with its line.
/// </summary>
public sealed class YamlLimitException(Mark start, Mark end, string reason) : YamlException(start, end, reason)
{
    /// <summary>
    /// The problem without the position prefix YamlException adds to <see cref="Exception.Message"/>.
    /// </summary>
    public string Reason { get; } = reason;

    /// <summary>One line for users: the 1-based line and the problem.</summary>
    public string Describe(string source) => $"{source}, line {Start.Line}: YAML {Reason}";
}
