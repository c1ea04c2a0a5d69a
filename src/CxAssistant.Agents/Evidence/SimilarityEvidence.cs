using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Evidence;

/// <summary>
/// The quote means what the label means: the cosine similarity of the quote's embedding and the label's meaning (a
/// touchpoint's name and description) reaches a threshold calibrated for the encoder used. Meant for a real local
/// sentence encoder; the threshold must be calibrated on labelled data for that encoder (see docs/model-labels.md).
/// </summary>
public sealed class SimilarityEvidence(IEmbeddingGenerator<string, Embedding<float>> encoder, double threshold)
    : ILabelEvidence
{
    /// <inheritdoc />
    public string Name => "similarity";

    /// <summary>The calibrated threshold.</summary>
    public double Threshold => threshold;

    /// <inheritdoc />
    public async ValueTask<bool> SupportsAsync(LabelClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Field != "touchpoint" || string.IsNullOrWhiteSpace(claim.Meaning))
        {
            return false;
        }
        return await SimilarityAsync(claim.Quote, claim.Meaning, cancellationToken).ConfigureAwait(false) >= threshold;
    }

    /// <summary>The cosine similarity of two texts under the encoder.</summary>
    public async Task<double> SimilarityAsync(
        string text,
        string meaning,
        CancellationToken cancellationToken = default
    )
    {
        var vectors = await encoder
            .GenerateAsync([text, meaning], cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[1].Vector.Span);
    }
}
