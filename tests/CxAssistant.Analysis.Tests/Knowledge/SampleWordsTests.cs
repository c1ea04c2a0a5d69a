using System.Text.RegularExpressions;
using CxAssistant.LocalModel;

namespace CxAssistant.Analysis.Tests.Knowledge;

/// <summary>
/// The user is a business we have never seen: no code or resource may hold a shipped sample's own words. A sample's
/// distinctive words are its names (capitalised inside running text, never written in lower case in the samples,
/// not an English word of the encoder's vocabulary, not a first name, not a public platform) and its figures (times
/// and prices quoted in sentences); none may appear in src/.
/// </summary>
public sealed partial class SampleWordsTests
{
    // Public platforms and channels any business's customers name; they are not a sample's.
    private static readonly HashSet<string> Platforms =
    [
        "instagram",
        "facebook",
        "tiktok",
        "whatsapp",
        "google",
        "youtube",
        "linkedin",
    ];

    [Fact]
    public void Sources_SampleDistinctiveWords_NoneFound()
    {
        var root = SampleRuns.Root;
        var distinctive = Distinctive(root);
        Assert.Contains("parcelnorth", distinctive.Keys); // the heuristic itself works (a courier named in a sample)
        var hits = new List<string>();
        foreach (
            var file in Directory
                .EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && SourceFile().IsMatch(f))
        )
        {
            var text = File.ReadAllText(file).ToLowerInvariant();
            foreach (Match m in Token().Matches(text))
            {
                if (distinctive.TryGetValue(m.Value, out var from))
                {
                    hits.Add($"{Path.GetRelativePath(root, file)}: '{m.Value}' (from {from})");
                }
            }
        }
        Assert.True(hits.Count == 0, "Sample words in code or resources:\n" + string.Join("\n", hits.Distinct()));
    }

    [Theory]
    [InlineData("zion")]
    [InlineData("springdale")]
    [InlineData("7:52")]
    [InlineData("7:02")]
    public void Sources_WordsNamedInIssue16_NoneFound(string word)
    {
        var src = Path.Combine(SampleRuns.Root, "src");
        var found = Directory
            .EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/") && !f.Contains("/obj/") && SourceFile().IsMatch(f))
            .Where(f =>
                Regex.IsMatch(File.ReadAllText(f), $@"(?<![\w:]){Regex.Escape(word)}(?![\w:])", RegexOptions.IgnoreCase)
            )
            .ToList();
        Assert.Empty(found);
    }

    private static Dictionary<string, string> Distinctive(string root)
    {
        var vocab = new HashSet<string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(MiniLmResources.OpenVocabulary()))
        {
            for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                vocab.Add(line);
            }
        }
        var firstNames = File.ReadAllLines(Path.Combine(root, "src/CxAssistant.Core/Privacy/Resources/first-names.txt"))
            .Select(l => l.Trim().ToLowerInvariant())
            .ToHashSet();
        var files = Directory.EnumerateFiles(Path.Combine(root, "samples"), "*", SearchOption.AllDirectories).ToList();
        var lower = files
            .SelectMany(f => LowerWord().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var distinctive = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var from = Path.GetRelativePath(root, file);
            foreach (var name in Name().Matches(text).Select(m => m.Value.ToLowerInvariant()))
            {
                if (
                    name.Length >= 4
                    && !lower.Contains(name)
                    && !vocab.Contains(name)
                    && !firstNames.Contains(name)
                    && !Platforms.Contains(name)
                )
                {
                    distinctive.TryAdd(name, from);
                }
            }
            foreach (Match m in Figure().Matches(text))
            {
                distinctive.TryAdd(m.Value, from);
            }
        }
        return distinctive;
    }

    [GeneratedRegex(@"\.(cs|yaml|yml|txt|json|razor|cshtml|js|css|html|md)$")]
    private static partial Regex SourceFile();

    [GeneratedRegex(@"\p{L}+|(?<![\d:])\d{1,2}:\d{2}(?![\d:.])|[£$€]\d+\.\d\d")]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<=\p{Ll}[,]? )\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b\p{Ll}+\b")]
    private static partial Regex LowerWord();

    // A figure in a sentence: "the 7:52", "at 8:15", "charged £4.20".
    [GeneratedRegex(
        @"(?<=\b(?:the|at|by|before|after|until|around|for|charged|paid|costs?|"
            + @"was|is) )(?:\d{1,2}:\d{2}(?![\d:.])|[£$€]\d+\.\d\d)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex Figure();
}
