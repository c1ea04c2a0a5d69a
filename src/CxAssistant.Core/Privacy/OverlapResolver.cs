namespace CxAssistant.Core.Privacy;

/// <summary>
/// Keeps a deterministic, non-overlapping subset of detections: by type priority, then length, then position.
/// </summary>
internal static class OverlapResolver
{
    public static List<PiiMatch> Resolve(List<PiiMatch> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }
        candidates.Sort(
            static (a, b) =>
            {
                var byType = a.Type.CompareTo(b.Type);
                if (byType != 0)
                {
                    return byType;
                }
                var byLength = b.Length.CompareTo(a.Length);
                return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
            }
        );
        var kept = new List<PiiMatch>(candidates.Count);
        foreach (var c in candidates)
        {
            var overlaps = false;
            foreach (var k in kept)
            {
                if (c.Start < k.End && k.Start < c.End)
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps)
            {
                kept.Add(c);
            }
        }
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
