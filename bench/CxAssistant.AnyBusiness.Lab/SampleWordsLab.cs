using System.Text.RegularExpressions;
using CxAssistant.LocalModel;

static class SampleWordsLab
{
    public static void Run(string[] args)
    {
        var root = args[0];
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
        var distinctive = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "samples"), "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            // A name: written with a capital inside running text (after a lower-case word), never all capitals.
            foreach (
                var g in Regex
                    .Matches(text, @"(?<=\p{Ll}[,]? )\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*")
                    .Select(m => m.Value)
                    .Where(w => w.Length >= 4)
                    .GroupBy(w => w.ToLowerInvariant())
            )
            {
                if (g.Count() >= 2 && !vocab.Contains(g.Key) && !firstNames.Contains(g.Key))
                {
                    distinctive.TryAdd(g.Key, Path.GetRelativePath(root, file));
                }
            }
            // A figure in a sentence: "the 7:52", "at 8:15", "charged £4.20".
            foreach (
                Match m in Regex.Matches(
                    text,
                    @"(?<=\b(?:the|at|by|before|after|until|around|for|charged|paid|costs?|"
                        + @"was|is) )(?:\d{1,2}:\d{2}(?![\d:.])|[£$€]\d+\.\d\d)",
                    RegexOptions.IgnoreCase
                )
            )
            {
                distinctive.TryAdd(m.Value, Path.GetRelativePath(root, file));
            }
        }
        Console.WriteLine($"{distinctive.Count} distinctive: {string.Join(' ', distinctive.Keys.Take(200))}");
        var hits = new Dictionary<string, List<string>>();
        foreach (
            var file in Directory
                .EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
                .Where(f =>
                    !f.Contains("/bin/")
                    && !f.Contains("/obj/")
                    && Regex.IsMatch(f, @"\.(cs|yaml|yml|txt|json|razor|cshtml|js|css|html|md)$")
                )
        )
        {
            var text = File.ReadAllText(file).ToLowerInvariant();
            foreach (Match m in Regex.Matches(text, @"\p{L}+|(?<![\d:])\d{1,2}:\d{2}(?![\d:.])|[£$€]\d+\.\d\d"))
            {
                if (distinctive.ContainsKey(m.Value))
                {
                    (hits.TryGetValue(m.Value, out var l) ? l : hits[m.Value] = []).Add(
                        Path.GetRelativePath(root, file)
                    );
                }
            }
        }
        foreach (var (w, files) in hits.OrderByDescending(h => h.Value.Count))
        {
            Console.WriteLine(
                $"{w, -20} {files.Count, 4} {distinctive[w]}  in {string.Join(", ", files.Distinct().Take(6))}"
            );
        }
    }
}
