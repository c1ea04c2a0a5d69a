namespace CxAssistant.Evals.Models;

/// <summary>Replay asked for a response that was never recorded.</summary>
public sealed class CacheMissException(string key) : Exception($"no recorded response for request {key[..12]}… (replay needs a run recorded with the same prompt, inputs and model)")
{
    /// <summary>The missing key.</summary>
    public string Key { get; } = key;
}
