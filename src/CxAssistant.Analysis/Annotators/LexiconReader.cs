using System.Reflection;

namespace CxAssistant.Analysis.Annotators;

/// <summary>
/// Reads the embedded lexicon files (Resources/Lexicon/*.txt). Line format: <c>key|phrase, phrase, …</c>;
/// '#' at the start of a line is a comment.
/// </summary>
internal static class LexiconReader
{
    public static IEnumerable<(string Key, string Phrase)> Read(string fileName)
    {
        var name = "CxAssistant.Analysis.Resources.Lexicon." + fileName;
        using var stream = typeof(LexiconReader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"Embedded lexicon '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}."
            );
        using var reader = new StreamReader(stream);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var bar = line.IndexOf('|');
            if (bar <= 0)
            {
                continue;
            }
            var key = line[..bar].Trim();
            foreach (
                var phrase in line[(bar + 1)..]
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            {
                entries.Add((key, phrase));
            }
        }
        return entries;
    }

    /// <summary>
    /// A lexicon whose values are all keys a phrase is listed under (a phrase may cue several labels).
    /// </summary>
    public static PhraseLexicon<string[]> ReadMultiLabel(string fileName)
    {
        var byPhrase = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (key, phrase) in Read(fileName))
        {
            if (!byPhrase.TryGetValue(phrase, out var labels))
            {
                byPhrase[phrase] = labels = [];
                order.Add(phrase);
            }
            foreach (
                var label in key.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            )
            {
                if (!labels.Contains(label))
                {
                    labels.Add(label);
                }
            }
        }
        var lexicon = new PhraseLexicon<string[]>();
        foreach (var phrase in order)
        {
            lexicon.Add(phrase, [.. byPhrase[phrase]]);
        }
        return lexicon;
    }
}
