using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Configuration;

/// <summary>The chat and embeddings sections, bound from configuration and validated together.</summary>
public sealed partial record ModelProviderSettings(ChatProviderOptions Chat, EmbeddingProviderOptions Embeddings)
{
    /// <summary>
    /// Binds both sections; throws <see cref="ModelProviderConfigurationException"/> listing every problem.
    /// </summary>
    public static ModelProviderSettings Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var chat = Bind<ChatProviderOptions>(configuration, ChatProviderOptions.Section, errors);
        var embeddings = Bind<EmbeddingProviderOptions>(configuration, EmbeddingProviderOptions.Section, errors);
        errors.AddRange(ModelProviderOptionsValidator.Validate(chat));
        errors.AddRange(ModelProviderOptionsValidator.Validate(embeddings));
        if (errors.Count > 0)
        {
            throw new ModelProviderConfigurationException(errors);
        }
        return new ModelProviderSettings(chat, embeddings);
    }

    internal static T Bind<T>(IConfiguration configuration, string section, List<string> errors)
        where T : new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message quotes the value, which could be a secret: keep only the key and the type.
            var match = BinderMessage().Match(e.Message);
            errors.Add(
                match.Success
                    ? $"{match.Groups["key"].Value} cannot be read as "
                        + $"{match.Groups["type"].Value}; time spans use hh:mm:ss, numbers use "
                        + $"'.' as the decimal point."
                    : $"{section} could not be read: a value has the wrong type (time spans "
                        + $"use hh:mm:ss, numbers use '.')."
            );
        }
        return options;
    }

    [GeneratedRegex("at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderMessage();
}
