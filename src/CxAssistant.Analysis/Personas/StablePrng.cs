namespace CxAssistant.Analysis.Personas;

/// <summary>
/// A tiny SplitMix64 generator. Unlike <see cref="Random"/>, its sequence is fixed by this code alone, so
/// synthetic data is byte-identical across .NET versions and platforms. Integer-only: no floating-point
/// library calls whose last bit could differ between runtimes.
/// </summary>
internal struct StablePrng(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) =>
        maxExclusive <= 1 ? 0 : (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    /// <summary>Integer in [0, maxExclusive) for large ranges (modulo bias is negligible below 2^40).</summary>
    public long NextInt64(long maxExclusive) => maxExclusive <= 1 ? 0 : (long)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>Uniform integer in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>True with probability percent/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>Index drawn in proportion to the weights.</summary>
    public int PickWeighted(int[] weights, int total)
    {
        var x = Next(total);
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }

    /// <summary>A stateless hash of (seed, key): the same key always gives the same value.</summary>
    public static ulong Mix(ulong seed, ulong key)
    {
        var p = new StablePrng(seed ^ (key * 0xD1B54A32D192ED03UL));
        return p.NextUInt64();
    }
}
