namespace CxAssistant.Analysis.Text;

/// <summary>
/// Triggers (by position in the caller's list) grouped by their lower-cased first character, an apostrophe also under
/// its curly form, so a scan tries at each position only the triggers that can start there.
/// </summary>
internal sealed class TriggerIndex
{
    private const int AsciiTable = 128;
    private readonly int[][] _ascii = new int[AsciiTable][];
    private readonly Dictionary<char, int[]> _other = [];

    public TriggerIndex(IReadOnlyList<string> triggers)
    {
        var buckets = new Dictionary<char, List<int>>();
        for (var t = 0; t < triggers.Count; t++)
        {
            var first = triggers[t][0];
            foreach (var key in first == '\'' ? ['\'', '’'] : new[] { char.ToLowerInvariant(first) })
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }
                list.Add(t);
            }
        }
        foreach (var (key, list) in buckets)
        {
            if (key < AsciiTable)
            {
                _ascii[key] = [.. list];
            }
            else
            {
                _other[key] = [.. list];
            }
        }
    }

    /// <summary>The triggers that may start with <paramref name="c"/>, in list order; null when none.</summary>
    public int[]? StartingWith(char c)
    {
        var key = char.ToLowerInvariant(c);
        return key < AsciiTable ? _ascii[key] : _other.GetValueOrDefault(key);
    }
}
