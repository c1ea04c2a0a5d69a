using System.Collections.Concurrent;

namespace CxAssistant.Analysis.Text;

/// <summary>
/// One shared string per distinct normalised word. Customer feedback reuses a small vocabulary, so the tokenizer
/// looks a word up by its characters instead of allocating a new string for every occurrence (allocation, not
/// matching, dominated tokenising 100k records). Bounded: past <see cref="Capacity"/> words, new ones are allocated
/// as before and not kept, so a corpus of unique strings cannot grow it without limit. Thread-safe.
/// </summary>
internal sealed class WordTable
{
    public const int Capacity = 200_000;
    private readonly ConcurrentDictionary<string, string> _words = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordTable() => _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The shared string equal to <paramref name="word"/>.</summary>
    public string Get(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var known))
        {
            return known;
        }
        var text = word.ToString();
        return _words.Count < Capacity ? _words.GetOrAdd(text, text) : text;
    }
}
