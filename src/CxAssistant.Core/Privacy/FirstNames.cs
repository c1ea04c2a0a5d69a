using System.Collections.Frozen;

namespace CxAssistant.Core.Privacy;

/// <summary>
/// Given names the detector trusts after a weak context ("a gift for Maria", "Kim said"): the Moby first-name lists
/// (public
/// domain) and common international names, without names that are also ordinary words, places or brands ("Grace",
/// "Paris",
/// "Alexa"). Built by <c>evals/pii/build_first_names.py</c>.
/// </summary>
internal static class FirstNames
{
    private static readonly FrozenSet<string> Names = Load();

    public static bool Contains(ReadOnlySpan<char> word) =>
        Names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(
            "CxAssistant.Core.Privacy.Resources.first-names.txt"
        ) ?? throw new InvalidOperationException("The first-names resource is missing from CxAssistant.Core.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                names.Add(line);
            }
        }
        return names.ToFrozenSet(StringComparer.Ordinal);
    }
}
