namespace CxAssistant.Data.Memory.Embedded;

/// <summary>
/// Keeps the k highest-scoring slots seen so far in a min-heap; cheap rejection via <see cref="Threshold"/>.
/// </summary>
internal sealed class TopK
{
    private readonly int[] _slots;
    private readonly float[] _scores;
    private int _count;

    public TopK(int k)
    {
        _slots = new int[Math.Max(1, k)];
        _scores = new float[Math.Max(1, k)];
    }

    public int Count => _count;

    /// <summary>A score must beat this to enter once the heap is full.</summary>
    public float Threshold => _count < _slots.Length ? float.NegativeInfinity : _scores[0];

    public void Offer(int slot, float score)
    {
        if (_count < _slots.Length)
        {
            var i = _count++;
            _slots[i] = slot;
            _scores[i] = score;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_scores[parent] <= _scores[i])
                {
                    break;
                }
                Swap(i, parent);
                i = parent;
            }
            return;
        }
        if (score <= _scores[0])
        {
            return;
        }
        _slots[0] = slot;
        _scores[0] = score;
        var j = 0;
        while (true)
        {
            int l = 2 * j + 1,
                r = l + 1,
                min = j;
            if (l < _count && _scores[l] < _scores[min])
            {
                min = l;
            }
            if (r < _count && _scores[r] < _scores[min])
            {
                min = r;
            }
            if (min == j)
            {
                break;
            }
            Swap(j, min);
            j = min;
        }
    }

    /// <summary>Best first; ties broken by slot so results are deterministic.</summary>
    public List<ScoredSlot> ToSortedList()
    {
        var list = new List<ScoredSlot>(_count);
        for (var i = 0; i < _count; i++)
        {
            list.Add(new ScoredSlot(_slots[i], _scores[i]));
        }
        list.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Slot.CompareTo(b.Slot));
        return list;
    }

    private void Swap(int a, int b)
    {
        (_slots[a], _slots[b]) = (_slots[b], _slots[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
