using CxAssistant.Core.Annotations;

namespace CxAssistant.Core.Corrections;

/// <summary>
/// The words corrections are written with, in files, on the command line and in the workspace: kinds
/// ("touchpoints", "sentiment", "intent", "irrelevant", "rename-theme", "merge-theme",
/// "split-theme"), sentiments and intents as
/// analysis.json writes them ("negative", "help-request"; "help_request" is read too).
/// </summary>
public static class CorrectionNames
{
    private static readonly Dictionary<CorrectionKind, string> Kinds = new()
    {
        [CorrectionKind.Touchpoints] = "touchpoints",
        [CorrectionKind.Sentiment] = "sentiment",
        [CorrectionKind.Intent] = "intent",
        [CorrectionKind.Irrelevant] = "irrelevant",
        [CorrectionKind.RenameTheme] = "rename-theme",
        [CorrectionKind.MergeTheme] = "merge-theme",
        [CorrectionKind.SplitTheme] = "split-theme",
    };

    public static IReadOnlyCollection<string> KindNames => Kinds.Values;

    public static string Of(CorrectionKind kind) => Kinds[kind];

    public static bool TryKind(string? text, out CorrectionKind kind)
    {
        var key = Normalise(text);
        // "touchpoint" is how a person writes one; the stored word is the plural.
        if (key == "touchpoint")
        {
            key = "touchpoints";
        }
        foreach (var (k, name) in Kinds)
        {
            if (name != key)
            {
                continue;
            }
            kind = k;
            return true;
        }
        kind = default;
        return false;
    }

    public static IReadOnlyList<string> Sentiments { get; } = [.. Enum.GetValues<SentimentLabel>().Select(Of)];

    public static IReadOnlyList<string> Intents { get; } = [.. Enum.GetValues<Intent>().Select(Of)];

    public static string Of(SentimentLabel label) => label.ToString().ToLowerInvariant();

    public static string Of(Intent intent) =>
        intent == Intent.HelpRequest ? "help-request" : intent.ToString().ToLowerInvariant();

    public static bool TrySentiment(string? text, out SentimentLabel label)
    {
        var key = Normalise(text);
        label = Enum.GetValues<SentimentLabel>().FirstOrDefault(l => Of(l) == key);
        return Sentiments.Contains(key);
    }

    public static bool TryIntent(string? text, out Intent intent)
    {
        var key = Normalise(text);
        intent = Enum.GetValues<Intent>().FirstOrDefault(i => Of(i) == key);
        return Intents.Contains(key);
    }

    private static string Normalise(string? text) => (text ?? "").Trim().ToLowerInvariant().Replace('_', '-');
}
