using System.Text.RegularExpressions;
using CxAssistant.Ingestion;

namespace CxAssistant.Web.Uploads;

/// <summary>
/// The engine's file messages in the web page's words: a CLI flag ("use --text-column", "given by --nps-column")
/// becomes the choice on this page that does the same ("choose the Feedback text column below").
/// </summary>
public static partial class WebWords
{
    private static readonly Dictionary<string, string> Roles = new(StringComparer.Ordinal)
    {
        ["text"] = ColumnRoles.Text,
        ["id"] = ColumnRoles.Id,
        ["time"] = ColumnRoles.Time,
        ["customer"] = ColumnRoles.Customer,
        ["rating"] = ColumnRoles.Rating,
        ["nps"] = ColumnRoles.Nps,
        ["csat"] = ColumnRoles.Csat,
        ["ces"] = ColumnRoles.Ces,
        ["channel"] = ColumnRoles.Channel,
    };

    /// <summary>The message with every column flag replaced by the page's label for that role.</summary>
    public static string Problem(string message, Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(label);
        var text = UseFlag().Replace(message, m => $"choose the “{Label(m.Groups[1].Value, label)}” column below");
        text = GivenBy().Replace(text, m => $"chosen for “{Label(m.Groups[1].Value, label)}”");
        return FlagOnly().Replace(text, m => $"the “{Label(m.Groups[1].Value, label)}” choice");
    }

    private static string Label(string flag, Func<string, string> label) =>
        Roles.TryGetValue(flag, out var role) ? label(role) : flag;

    [GeneratedRegex(@"use --([a-z]+)-column")]
    private static partial Regex UseFlag();

    [GeneratedRegex(@"given by --([a-z]+)(?:-column)?")]
    private static partial Regex GivenBy();

    [GeneratedRegex(@"--([a-z]+)-column")]
    private static partial Regex FlagOnly();
}
