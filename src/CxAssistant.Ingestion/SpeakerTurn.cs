using System.Text.RegularExpressions;

namespace CxAssistant.Ingestion;

/// <summary>
/// Recognises a speaker turn at the start of a line: "Agent: …", "Customer (Jane): …",
/// "[00:01:02] Sam: …", "10:32 - Sam: …", "2024-03-05 10:32:01 Sam: …".
/// </summary>
internal static partial class SpeakerTurn
{
    public readonly record struct Turn(string Speaker, string Text, string? Time);

    /// <summary>
    /// Labels that end in a colon but never name a speaker (e-mail headers, note labels, URL schemes).
    /// </summary>
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "sent",
        "re",
        "fwd",
        "fw",
        "note",
        "notes",
        "summary",
        "http",
        "https",
        "mailto",
        "tel",
        "ps",
        "p.s.",
        "tl;dr",
        "update",
        "edit",
        "attachment",
        "attachments",
    };

    public static bool TryParse(string line, out Turn turn)
    {
        turn = default;
        var match = TurnLine().Match(line);
        if (!match.Success)
        {
            return false;
        }
        var speaker = match.Groups["speaker"].Value.Trim();
        var text = match.Groups["text"].Value.Trim();
        // "https://…" and "Note: see https://…" are not turns; speakers are names of a few words.
        if (
            text.StartsWith("//", StringComparison.Ordinal)
            || NotSpeakers.Contains(speaker)
            || speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4
        )
        {
            return false;
        }
        turn = new Turn(speaker, text, match.Groups["time"].Success ? match.Groups["time"].Value.Trim() : null);
        return true;
    }

    /// <summary>Speaker labels that mark a conversation even when each speaks only once.</summary>
    public static bool IsRoleName(string speaker)
    {
        var s = speaker.ToLowerInvariant();
        return Core.Evidence.SpeakerRoles.IsBusiness(s)
            || s.StartsWith("customer", StringComparison.Ordinal)
            || s.StartsWith("caller", StringComparison.Ordinal)
            || s.StartsWith("client", StringComparison.Ordinal)
            || s.StartsWith("user", StringComparison.Ordinal)
            || s is "me" or "you" or "visitor" or "guest";
    }

    // Optional time ("[…]", "10:32 -", "2024-03-05 10:32:01", WhatsApp's "05/03/2024, 14:10 -"), then a speaker
    // of letters, digits and name punctuation, optionally in Markdown bold ("**Agent:**"), then a colon.
    [GeneratedRegex(
        @"^\s*(?:\[(?<time>[^\]]{1,40})\]\s*|(?<time>(?:\d{4}-\d{2}-\d{2}[ T]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s)?"
            + @"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?)\s+(?:[-–]\s*)?)?"
            + @"\*{0,2}(?<speaker>\p{L}[\p{L}\p{N} .'’()_-]{0,39}?)\s*(?:\*{2}\s*:|:\s*\*{2}|:)(?:\s+(?<text>.*)|$)"
    )]
    private static partial Regex TurnLine();
}
