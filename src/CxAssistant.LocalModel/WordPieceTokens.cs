using Microsoft.ML.Tokenizers;

namespace CxAssistant.LocalModel;

/// <summary>
/// The model's own tokenizer (BERT WordPiece, lower-cased, from the packaged vocabulary). Immutable after
/// construction and safe to share between threads.
/// </summary>
public sealed class WordPieceTokens
{
    private readonly BertTokenizer _tokenizer;
    private readonly WordPieceMemo _memo;

    private WordPieceTokens(BertTokenizer tokenizer, IReadOnlyList<string> vocabulary)
    {
        _tokenizer = tokenizer;
        _memo = new WordPieceMemo(EncodeChunk);
        Vocabulary = vocabulary;
        VocabularySize = vocabulary.Count;
        ClsId = tokenizer.ClassificationTokenId;
        SepId = tokenizer.SeparatorTokenId;
        PadId = tokenizer.PaddingTokenId;
    }

    /// <summary>Number of tokens in the vocabulary (ids are 0 … VocabularySize − 1).</summary>
    public int VocabularySize { get; }

    /// <summary>The tokens by id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>Ids of [CLS], [SEP] and [PAD].</summary>
    public int ClsId { get; }

    /// <inheritdoc cref="ClsId"/>
    public int SepId { get; }

    /// <inheritdoc cref="ClsId"/>
    public int PadId { get; }

    /// <summary>Loads the tokenizer from the packaged vocabulary.</summary>
    public static WordPieceTokens Load()
    {
        var lines = new List<string>(31_000);
        using (var reader = new StreamReader(MiniLmResources.OpenVocabulary()))
        {
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }
        using var vocab = MiniLmResources.OpenVocabulary();
        var tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true });
        return new WordPieceTokens(tokenizer, lines);
    }

    /// <summary>
    /// Token ids of <paramref name="text"/> framed by [CLS] … [SEP], cut to <paramref name="maxTokens"/> in all
    /// (sentence-transformers keeps the start of a long text the same way). Each whitespace-separated chunk is
    /// tokenised once per process and remembered (see <see cref="WordPieceMemo"/>): BERT's basic tokenizer splits at
    /// whitespace before anything else, so a text's ids are the concatenation of its chunks' ids.
    /// </summary>
    public int[] Encode(string text, int maxTokens = MiniLmResources.MaxSequenceLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        var inner = maxTokens - 2;
        var ids = new List<int>(Math.Min(maxTokens, text.Length / 3 + 4)) { ClsId };
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && ids.Count - 1 < inner)
        {
            while (start < span.Length && WordPieceMemo.IsSplit(span[start]))
            {
                start++;
            }
            var end = start;
            while (end < span.Length && !WordPieceMemo.IsSplit(span[end]))
            {
                end++;
            }
            if (end > start)
            {
                var pieces = _memo.Pieces(span[start..end]);
                ids.AddRange(pieces.AsSpan(0, Math.Min(pieces.Length, inner - (ids.Count - 1))));
            }
            start = end;
        }
        ids.Add(SepId);
        return [.. ids];
    }

    /// <summary>
    /// The same ids straight from <see cref="BertTokenizer"/> on the whole text, without the memo: the reference the
    /// memoised path is checked against.
    /// </summary>
    internal int[] EncodeDirect(string text, int maxTokens = MiniLmResources.MaxSequenceLength)
    {
        var ids = _tokenizer.EncodeToIds(text, maxTokens, addSpecialTokens: true, out _, out _);
        if (ids.Count == maxTokens && ids[^1] != SepId)
        {
            // Cut mid-text: the last place is the separator, as the model was trained to expect.
            var framed = ids.ToArray();
            framed[^1] = SepId;
            return framed;
        }
        return [.. ids];
    }

    /// <summary>Ids of one whitespace-free chunk, no framing (what the memo stores).</summary>
    internal int[] EncodeChunk(string chunk) =>
        [
            .. _tokenizer.EncodeToIds(
                chunk,
                addSpecialTokens: false,
                considerPreTokenization: true,
                considerNormalization: true
            ),
        ];
}
