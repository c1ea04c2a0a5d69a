using CxAssistant.Agents.Configuration;
using Microsoft.Extensions.Configuration;

namespace CxAssistant.Agents.Prompts;

/// <summary>
/// Where the prompt library is read from at run time, so an edited prompt takes effect without a rebuild: the folder
/// named by <see cref="ConfigurationKey"/>, else the nearest <c>prompts/</c> folder above the working directory, else
/// above the binaries (a checkout); the copies embedded in the assembly only when none exists (an installed tool).
/// </summary>
public static class PromptLocation
{
    /// <summary>
    /// Configuration key naming a prompts folder (<c>CxAssistant__Prompts__Folder</c> in the environment).
    /// </summary>
    public const string ConfigurationKey = "CxAssistant:Prompts:Folder";

    /// <summary>The file that marks a folder as a CxAssistant prompt library (not any folder called prompts).</summary>
    public const string MarkerFile = "shared/untrusted-data.prompty";

    /// <summary>The folder to load, or null for the embedded copies.</summary>
    /// <exception cref="PromptException">The configured folder is not a prompt library.</exception>
    public static string? Find(IConfiguration? configuration = null)
    {
        if ((configuration ?? CxConfiguration.Load())[ConfigurationKey] is { Length: > 0 } configured)
        {
            var full = Path.GetFullPath(configured);
            return IsLibrary(full)
                ? full
                : throw new PromptException(
                    $"{ConfigurationKey} is '{configured}', which holds no {MarkerFile} (see prompts/README.md)."
                );
        }
        return Above(Directory.GetCurrentDirectory()) ?? Above(AppContext.BaseDirectory);
    }

    /// <summary>The nearest <c>prompts/</c> library in <paramref name="start"/> or a folder above it.</summary>
    public static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "prompts");
            if (IsLibrary(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static bool IsLibrary(string folder) => File.Exists(Path.Combine(folder, MarkerFile));
}
