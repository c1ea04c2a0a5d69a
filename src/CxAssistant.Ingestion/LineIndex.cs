namespace CxAssistant.Ingestion;

/// <summary>Maps byte offsets in a UTF-8 buffer to 1-based line numbers.</summary>
internal sealed class LineIndex
{
    private readonly List<long> _lineStarts = [0];

    public LineIndex(ReadOnlySpan<byte> text)
    {
        var offset = 0;
        int next;
        while ((next = text[offset..].IndexOf((byte)'\n')) >= 0)
        {
            offset += next + 1;
            _lineStarts.Add(offset);
        }
    }

    public int LineOf(long offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
