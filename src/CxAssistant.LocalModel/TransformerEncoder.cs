using Microsoft.ML.OnnxRuntime;

namespace CxAssistant.LocalModel;

/// <summary>
/// The full path: token ids through all-MiniLM-L6-v2 (ONNX Runtime, CPU), attention-masked mean pooling of the last
/// hidden states, L2 normalisation — what sentence-transformers does for this model. One session serves every
/// thread (ONNX Runtime's Run is thread-safe); each batch is padded only to its own longest text.
/// </summary>
public sealed class TransformerEncoder : IDisposable
{
    private readonly InferenceSession _session;
    private readonly bool _needsTokenTypes;
    private readonly string _output;

    /// <summary>
    /// Loads the packaged model; <paramref name="intraOpThreads"/> 0 lets ONNX Runtime use all cores.
    /// </summary>
    public TransformerEncoder(WordPieceTokens tokens, int intraOpThreads = 0)
    {
        Tokens = tokens;
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = intraOpThreads,
        };
        _session = new InferenceSession(MiniLmResources.ReadModel(), options);
        _needsTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
        _output = _session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : _session.OutputNames[0];
    }

    /// <summary>The tokenizer the model was trained with.</summary>
    public WordPieceTokens Tokens { get; }

    /// <summary>Unit sentence vectors of token-id sequences (each framed by [CLS] … [SEP]), in one call.</summary>
    public float[][] Encode(IReadOnlyList<int[]> batch, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return [];
        }
        var width = batch.Max(ids => ids.Length);
        var shape = new long[] { batch.Count, width };
        var ids = new long[batch.Count * width];
        var mask = new long[batch.Count * width];
        for (var row = 0; row < batch.Count; row++)
        {
            var offset = row * width;
            for (var i = 0; i < width; i++)
            {
                ids[offset + i] = i < batch[row].Length ? batch[row][i] : Tokens.PadId;
                mask[offset + i] = i < batch[row].Length ? 1 : 0;
            }
        }
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        var inputs = new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue };
        if (_needsTokenTypes)
        {
            inputs["token_type_ids"] = typesValue;
        }
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        try
        {
            using var outputs = _session.Run(run, inputs, [_output]);
            return MeanPooling.Pool(outputs[0].GetTensorDataAsSpan<float>(), mask, batch.Count, width);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _session.Dispose();
}
