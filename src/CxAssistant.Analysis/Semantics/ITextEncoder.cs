namespace CxAssistant.Analysis.Semantics;

/// <summary>
/// Turns texts into unit-length vectors whose dot product is their similarity in meaning (the local sentence encoder
/// in production). The CX methods that group by meaning (jobs, themes, personas, preset choice) take one; without
/// one they fall back to word-based reading.
/// </summary>
public interface ITextEncoder
{
    /// <summary>One L2-normalised vector per text, in order.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
