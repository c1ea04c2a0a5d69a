namespace CxAssistant.Agents.Caching;

/// <summary>
/// A replay asked for a response that was never recorded (or was rejected by its checks, so never kept).
/// </summary>
public sealed class CacheMissException(string key)
    : Exception(
        $"no recorded response for request {key[..Math.Min(12, key.Length)]}… "
            + $"(replay needs a run recorded with the same "
            + "prompt content, inputs and model; answers that failed their checks are never recorded)"
    )
{
    /// <summary>The missing key.</summary>
    public string Key { get; } = key;
}
