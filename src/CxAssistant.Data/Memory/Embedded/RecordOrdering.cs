using Microsoft.Extensions.VectorData;

namespace CxAssistant.Data.Memory.Embedded;

/// <summary>Applies a VectorData OrderBy definition (a list of property selectors) with LINQ.</summary>
internal static class RecordOrdering
{
    public static IEnumerable<EvidenceChunkRecord> Apply(
        IEnumerable<EvidenceChunkRecord> records,
        FilteredRecordRetrievalOptions<EvidenceChunkRecord>.OrderByDefinition orderBy
    )
    {
        IOrderedEnumerable<EvidenceChunkRecord>? ordered = null;
        foreach (var sort in orderBy.Values)
        {
            var key = sort.PropertySelector.Compile();
            ordered = ordered is null
                ? sort.Ascending
                    ? records.OrderBy(key)
                    : records.OrderByDescending(key)
                : sort.Ascending
                    ? ordered.ThenBy(key)
                    : ordered.ThenByDescending(key);
        }
        return ordered ?? records;
    }
}
