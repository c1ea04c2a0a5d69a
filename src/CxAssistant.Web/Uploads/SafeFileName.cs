using System.Text;
using CxAssistant.Ingestion;

namespace CxAssistant.Web.Uploads;

/// <summary>
/// The name an uploaded file is stored under inside its server-generated upload folder: the client's base name reduced
/// to letters, digits, '.', '-' and '_' (at most 80 characters) with a supported extension. The client's name is
/// never used as a path: folders, "..", drive letters and control characters cannot survive this.
/// </summary>
public static class SafeFileName
{
    public static string? From(string? clientName)
    {
        if (string.IsNullOrWhiteSpace(clientName))
        {
            return null;
        }
        // Browsers may send "C:\fakepath\x.csv" or "a/b.csv": keep only the last segment.
        var name = clientName.Replace('\\', '/').Split('/')[^1];
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (!EvidenceLoader.SupportedExtensions.Contains(ext))
        {
            return null;
        }
        var stem = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(name))
        {
            stem.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }
        var clean = stem.ToString().Trim('_');
        if (clean.Length == 0)
        {
            clean = "upload";
        }
        if (clean.Length > 80)
        {
            clean = clean[..80];
        }
        return clean + ext;
    }
}
