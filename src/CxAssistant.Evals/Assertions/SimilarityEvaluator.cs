using System.Numerics.Tensors;
using CxAssistant.Data.Memory.Embeddings;
using Microsoft.Extensions.AI.Evaluation;

namespace CxAssistant.Evals.Assertions;

/// <summary>
/// Cosine similarity between the text at <c>path</c> and a reference (<c>reference</c>, or the case's
/// <c>expect.reference</c>), embedded with the offline embedding generator (deterministic, no model).
/// The score is the similarity; set <c>threshold</c> for the pass mark (default 0.7).
/// </summary>
public sealed class SimilarityEvaluator : AssertionEvaluator
{
    private static readonly OfflineEmbeddingGenerator Embeddings = new();

    /// <inheritdoc />
    public override string Type => "similarity";

    /// <inheritdoc />
    public override double DefaultThreshold => 0.7;

    /// <inheritdoc />
    protected override ValueTask<AssertionOutcome> EvaluateAsync(
        CaseContext context,
        ChatConfiguration? judge,
        CancellationToken cancellationToken
    )
    {
        var reference = context.Spec.GetString("reference")
            ?? context.Case.Expect["reference"]?.ToString()
            ?? throw new AssertionException("'reference' (or expect.reference) is required.");
        var text = TextMatchEvaluator.Text(context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ValueTask.FromResult(AssertionOutcome.Check(false, "no text to compare"));
        }
        var similarity = Math.Clamp(
            TensorPrimitives.CosineSimilarity(Embeddings.Embed(text), Embeddings.Embed(reference)),
            0f,
            1f
        );
        return ValueTask.FromResult(
            AssertionOutcome.Scored(
                similarity,
                $"cosine similarity {similarity:0.000} to the reference ({OfflineEmbeddingGenerator.ModelId})"
            )
        );
    }
}
