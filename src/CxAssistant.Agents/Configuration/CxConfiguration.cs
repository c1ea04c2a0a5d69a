using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Configuration;

/// <summary>
/// Loads CxAssistant's configuration the same way for every entry point (CLI, web, evals): an optional
/// <c>appsettings.json</c>, user secrets, then environment variables (<c>CxAssistant__Chat__Provider=OpenAI</c>),
/// later sources winning. Everything the product reads lives under the <see cref="Section"/> section.
/// </summary>
public static class CxConfiguration
{
    /// <summary>The root section of every CxAssistant setting.</summary>
    public const string Section = "CxAssistant";

    /// <summary>Builds the configuration.</summary>
    /// <param name="settingsFile">An explicit settings file (must exist), or null for <c>appsettings.json</c> in the
    /// current folder if present.</param>
    public static IConfiguration Load(string? settingsFile = null)
    {
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            var full = Path.GetFullPath(settingsFile);
            if (!File.Exists(full))
            {
                throw new FileNotFoundException($"Settings file not found: {settingsFile}", full);
            }
            builder.AddJsonFile(full, optional: false, reloadOnChange: false);
        }
        else
        {
            builder.AddJsonFile(
                Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"),
                optional: true,
                reloadOnChange: false
            );
        }
        builder.AddUserSecrets(typeof(CxConfiguration).Assembly, optional: true);
        builder.AddEnvironmentVariables();
        return builder.Build();
    }
}
