using System.CommandLine;
using System.CommandLine.Parsing;
using CxAssistant.Agents.Configuration;
using CxAssistant.Hosting.Configuration;

namespace CxAssistant.Cli.Commands;

/// <summary>
/// The --provider value as a person types it: any case, and as the configuration and the README spell it
/// ("OpenAI", "AzureOpenAI", "Ollama"), read as the CLI's lower-case name ("openai", "azure", "ollama"). Anything else
/// stops before any work with the valid names on one line.
/// </summary>
internal static class ProviderNames
{
    /// <summary>Makes <paramref name="option"/> accept <paramref name="names"/> in those spellings.</summary>
    public static void Accept(Option<string?> option, IReadOnlyList<string> names) =>
        option.CustomParser = r => Canonical(r, names);

    /// <summary>
    /// The CLI's name for <paramref name="value"/>, or null when it names none of <paramref name="names"/>.
    /// </summary>
    public static string? Canonical(string value, IReadOnlyList<string> names)
    {
        var lower = value.Trim().ToLowerInvariant();
        if (names.Contains(lower, StringComparer.Ordinal))
        {
            return lower;
        }
        return ProviderOverride.KindFor(value) switch
        {
            ProviderKind.AzureOpenAI when names.Contains("azure") => "azure",
            { } kind when names.Contains(kind.ToString().ToLowerInvariant()) => kind.ToString().ToLowerInvariant(),
            _ => null,
        };
    }

    private static string? Canonical(ArgumentResult result, IReadOnlyList<string> names)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }
        var value = result.Tokens[^1].Value;
        if (Canonical(value, names) is { } name)
        {
            return name;
        }
        result.AddError($"Unknown provider '{value}'. Choose one of: {string.Join(", ", names)}.");
        return null;
    }
}
