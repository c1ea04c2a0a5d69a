using System.Collections.Frozen;

namespace CxAssistant.Analysis.Text;

/// <summary>
/// The one stop-word list, <c>Resources/Text/stop-words.txt</c>, in two sections: function words (search scores them
/// low) and everyday conversation words; neither kind ever names a touchpoint on its own.
/// </summary>
public static class StopWords
{
    private const string Resource = "CxAssistant.Analysis.Resources.Text.stop-words.txt";

    private static readonly (FrozenSet<string> Function, FrozenSet<string> All) Lists = Read();

    /// <summary>A word that carries grammar, not meaning ("the", "was", "about"); "not" is not one.</summary>
    public static bool IsFunctionWord(string word) => Lists.Function.Contains(word);

    /// <summary>
    /// A function word or an everyday conversation word ("thanks", "time", "good"): never a term of its own.
    /// </summary>
    public static bool IsStopWord(string word) => Lists.All.Contains(word);

    private static (FrozenSet<string>, FrozenSet<string>) Read()
    {
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource '{Resource}' is missing.");
        using var reader = new StreamReader(stream);
        var function = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        string? section = null;
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                continue;
            }
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                all.Add(word);
                if (section == "function")
                {
                    function.Add(word);
                }
            }
        }
        return (function.ToFrozenSet(StringComparer.Ordinal), all.ToFrozenSet(StringComparer.Ordinal));
    }
}
