using System.Text.RegularExpressions;

namespace CxAssistant.Web.Workspaces;

/// <summary>
/// A workspace name: 1–40 lower-case letters, digits and single hyphens, starting with a letter or digit. It becomes a
/// folder name under the data root, so anything that could be a path ("..", "/", "\") is refused, never cleaned up.
/// </summary>
public static partial class WorkspaceName
{
    public const string Rule = "1–40 lower-case letters, digits or hyphens, starting with a letter or digit";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
