using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CxAssistant.Chat.Knowledge;

namespace CxAssistant.Chat.Sessions;

/// <summary>
/// Saves sessions as JSON in the workspace (<c>chat/sessions/&lt;id&gt;.json</c>) after every answer, and loads the
/// latest.
/// </summary>
public sealed class SessionStore(string workspaceFolder)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The folder holding saved sessions.</summary>
    public string Folder { get; } =
        Path.Combine(Path.GetFullPath(workspaceFolder), WorkspaceAnalysisCache.FolderName, "sessions");

    /// <summary>Writes the session (atomically) and returns its path.</summary>
    public string Save(ChatSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, session.Id + ".json");
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(session, Json));
        File.Move(temp, path, overwrite: true);
        return path;
    }

    /// <summary>The most recent saved session, or null.</summary>
    public ChatSession? LoadLatest()
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }
        var latest = Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal).LastOrDefault();
        if (latest is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ChatSession>(File.ReadAllText(latest), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
