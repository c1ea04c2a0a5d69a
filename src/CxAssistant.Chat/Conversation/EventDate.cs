using System.Globalization;
using System.Text.RegularExpressions;
using CxAssistant.Analysis.Text;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Chat.Conversation;

/// <summary>
/// Dates an event an owner names ("the app update", "the prices went up") from the data: the records that mention it
/// (every naming word; with a change word such as "went up" also a change cue), then an explicit date written next to
/// it ("since the app update (2026-08-18)") or else the first record that mentions it. The answer says which.
/// </summary>
internal static partial class EventDate
{
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "went",
        "gone",
        "go",
        "up",
        "rise",
        "rose",
        "raised",
        "increase",
        "increased",
        "increases",
        "hike",
        "change",
        "changed",
        "changes",
        "higher",
        "new",
        "started",
        "introduced",
        "launched",
        "launch",
    };

    private static readonly string[] ChangeCues =
    [
        "up",
        "increase",
        "rise",
        "rose",
        "raised",
        "higher",
        "hike",
        "change",
        "new",
        "since",
        "again",
    ];

    /// <summary>True for a word that says something changed ("went", "up") rather than what changed.</summary>
    public static bool IsChangeWord(string word) => ChangeWords.Contains(word);

    public sealed record Found(string Day, string How, string EvidenceId);

    public static Found? Find(string eventPhrase, IReadOnlyList<EvidenceRecord> records)
    {
        var words = QuestionText.TopicWords(eventPhrase);
        var nouns = words.Where(w => !ChangeWords.Contains(w)).Select(TopicMatch.Stem).ToList();
        var needsChange = words.Any(ChangeWords.Contains);
        if (nouns.Count == 0)
        {
            return null;
        }
        var mentions = records.Where(r => Mentions(r.Text, nouns, needsChange)).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }
        foreach (var r in mentions.OrderBy(r => r.Timestamp ?? DateTimeOffset.MaxValue))
        {
            if (IsoDay().Match(r.Text) is { Success: true } d)
            {
                return new Found(d.Value, $"the date written next to it in {r.Source.File}:{r.Source.Line}", r.Id);
            }
        }
        var first = mentions.Where(r => r.Timestamp is not null).OrderBy(r => r.Timestamp).FirstOrDefault();
        if (first is null)
        {
            return null;
        }
        var day = first.Timestamp!.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Found(day, $"the first record that mentions it ({first.Source.File}:{first.Source.Line})", first.Id);
    }

    private static bool Mentions(string text, List<string> nouns, bool needsChange)
    {
        var tokens = WordTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => t.Value).ToList();
        if (!nouns.All(n => tokens.Any(t => t.StartsWith(n, StringComparison.Ordinal) && t.Length - n.Length <= 4)))
        {
            return false;
        }
        return !needsChange || tokens.Any(t => ChangeCues.Contains(t));
    }

    [GeneratedRegex(@"\b20\d\d-(0[1-9]|1[0-2])-([0-2]\d|3[01])\b")]
    private static partial Regex IsoDay();
}
