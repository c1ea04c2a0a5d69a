using System.Collections.Concurrent;

namespace CxAssistant.LocalModel;

/// <summary>
/// Remembers the WordPiece ids of whitespace-separated chunks ("refund", "delivery!!", "£82"), so a word is tokenised
/// once per process instead of once per text: customer feedback repeats a few thousand words, and tokenising was most
/// of the static path's cost. Looked up by span (no substring per word); bounded, after which new chunks are simply
/// tokenised each time. Thread-safe.
/// </summary>
internal sealed class WordPieceMemo
{
    /// <summary>About 25 MB at most: far more distinct words than a corpus of customer feedback holds.</summary>
    public const int DefaultCapacity = 200_000;

    /// <summary>A chunk this long is tokenised, not remembered (URLs, hashes, runs without spaces).</summary>
    private const int MaxChunkLength = 48;

    private readonly ConcurrentDictionary<string, int[]> _pieces = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Func<string, int[]> _tokenize;
    private readonly int _capacity;

    public WordPieceMemo(Func<string, int[]> tokenize, int capacity = DefaultCapacity)
    {
        _tokenize = tokenize;
        _capacity = capacity;
        _lookup = _pieces.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Chunks remembered so far.</summary>
    public int Count => _pieces.Count;

    /// <summary>
    /// Where BERT's basic tokenizer always splits: space, tab, CR and LF. (It also splits at other Unicode spaces;
    /// those stay inside a chunk and the tokenizer splits them there, with the same result.)
    /// </summary>
    public static bool IsSplit(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>
    /// The ids of <paramref name="chunk"/> (no [CLS]/[SEP]); the array is shared, so callers only read it.
    /// </summary>
    public int[] Pieces(ReadOnlySpan<char> chunk)
    {
        if (chunk.Length > MaxChunkLength)
        {
            return _tokenize(chunk.ToString());
        }
        if (_lookup.TryGetValue(chunk, out var known))
        {
            return known;
        }
        var word = chunk.ToString();
        var ids = _tokenize(word);
        if (_pieces.Count < _capacity)
        {
            _pieces.TryAdd(word, ids);
        }
        return ids;
    }
}
