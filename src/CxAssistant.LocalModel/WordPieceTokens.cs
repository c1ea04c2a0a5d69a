using Microsoft.ML.Tokenizers;

namespace CxAssistant.LocalModel;

/// <summary>
/// The model's own tokenizer (BERT WordPiece, lower-cased, from the packaged vocabulary). Immutable after
/// construction and safe to share between threads.
/// </summary>
public sealed class WordPieceTokens
{
    private readonly BertTokenizer _tokenizer;

    private WordPieceTokens(BertTokenizer tokenizer, IReadOnlyList<string> vocabulary)
    {
        _tokenizer = tokenizer;
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
    /// (sentence-transformers keeps the start of a long text the same way).
    /// </summary>
    public int[] Encode(string text, int maxTokens = MiniLmResources.MaxSequenceLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
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
}
