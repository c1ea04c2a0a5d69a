using System.Numerics.Tensors;

namespace CxAssistant.LocalModel;

/// <summary>
/// Distils the transformer into a static table (the Model2Vec method): every vocabulary token goes through the
/// encoder once as its own one-token sentence ([CLS] token [SEP], mean-pooled); the rows are then optionally centred
/// and Zipf-weighted. About 30,000 tokens; on a 2-core machine this takes tens of seconds, so the result is cached.
/// </summary>
public static class StaticTableBuilder
{
    private const int TokensPerCall = 256;

    /// <summary>Builds the table; <paramref name="progress"/> receives the number of tokens done so far.</summary>
    public static StaticEmbeddingTable Build(
        TransformerEncoder encoder,
        StaticTableOptions options,
        IProgress<int>? progress = null,
        int? limit = null,
        CancellationToken cancellationToken = default
    )
    {
        var tokens = encoder.Tokens;
        var count = Math.Min(limit ?? tokens.VocabularySize, tokens.VocabularySize);
        var dims = MiniLmResources.Dimensions;
        var rows = new float[count * dims];
        var skip = new bool[count];
        for (var start = 0; start < count; start += TokensPerCall)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new List<int[]>();
            var ids = new List<int>();
            for (var id = start; id < Math.Min(start + TokensPerCall, count); id++)
            {
                // Special and placeholder tokens ([PAD], [unused17]…) never come out of the tokenizer for a text.
                skip[id] = tokens.Vocabulary[id].StartsWith('[') && tokens.Vocabulary[id].EndsWith(']');
                if (!skip[id])
                {
                    batch.Add([tokens.ClsId, id, tokens.SepId]);
                    ids.Add(id);
                }
            }
            var vectors = encoder.Encode(batch, cancellationToken);
            for (var i = 0; i < ids.Count; i++)
            {
                vectors[i].CopyTo(rows.AsSpan(ids[i] * dims, dims));
            }
            progress?.Report(Math.Min(start + TokensPerCall, count));
        }
        Weigh(rows, dims, skip, tokens, options);
        return new StaticEmbeddingTable(rows, dims);
    }

    private static void Weigh(float[] rows, int dims, bool[] skip, WordPieceTokens tokens, StaticTableOptions options)
    {
        var count = skip.Length;
        if (options.Center)
        {
            var mean = new float[dims];
            var used = 0;
            for (var id = 0; id < count; id++)
            {
                if (!skip[id])
                {
                    TensorPrimitives.Add(mean, rows.AsSpan(id * dims, dims), mean);
                    used++;
                }
            }
            TensorPrimitives.Divide(mean, Math.Max(used, 1), mean);
            for (var id = 0; id < count; id++)
            {
                if (!skip[id])
                {
                    var row = rows.AsSpan(id * dims, dims);
                    TensorPrimitives.Subtract(row, mean, row);
                    VectorMath.Normalize(row);
                }
            }
        }
        // Whole words start at "the" in BERT's vocabulary; earlier ids are characters and punctuation.
        var firstWord = Math.Max(0, IndexOf(tokens, "the"));
        for (var id = 0; id < count; id++)
        {
            var row = rows.AsSpan(id * dims, dims);
            if (skip[id])
            {
                row.Clear();
            }
            else if (options.Weighting == StaticWeighting.Zipf)
            {
                TensorPrimitives.Multiply(row, MathF.Log(2 + Math.Max(0, id - firstWord)), row);
            }
        }
    }

    private static int IndexOf(WordPieceTokens tokens, string token)
    {
        for (var i = 0; i < tokens.VocabularySize; i++)
        {
            if (tokens.Vocabulary[i] == token)
            {
                return i;
            }
        }
        return -1;
    }
}
