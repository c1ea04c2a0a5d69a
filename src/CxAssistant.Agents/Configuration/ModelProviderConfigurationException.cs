namespace CxAssistant.Agents.Configuration;

/// <summary>The model provider settings are unusable; <see cref="Errors"/> names each bad key.</summary>
public sealed class ModelProviderConfigurationException : Exception
{
    /// <summary>Creates the exception from one message per problem.</summary>
    public ModelProviderConfigurationException(IReadOnlyList<string> errors)
        : base(
            "Invalid model provider configuration:"
                + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Select(e => "  - " + e))
        )
    {
        Errors = errors;
    }

    /// <summary>One message per problem, each naming its configuration key.</summary>
    public IReadOnlyList<string> Errors { get; }
}
