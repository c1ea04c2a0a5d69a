using System.Text.Json.Serialization;

namespace CxAssistant.Core.Jobs;

/// <summary>
/// Job statements arranged by altitude: aspirational jobs at the roots, main jobs under them, functional jobs under
/// main jobs. Statements whose parent is missing are treated as roots so nothing disappears from a report.
/// Only <see cref="Statements"/> is serialised; the rest is derived.
/// </summary>
public sealed record JobTree(IReadOnlyList<JobStatement> Statements)
{
    [JsonIgnore]
    public IReadOnlyList<JobStatement> Roots =>
        Statements.Where(s => s.ParentId is null || Find(s.ParentId) is null).ToList();

    public IReadOnlyList<JobStatement> Children(string id) => Statements.Where(s => s.ParentId == id).ToList();

    public JobStatement? Find(string id) => Statements.FirstOrDefault(s => s.Id == id);

    public IEnumerable<JobStatement> At(JobAltitude altitude) => Statements.Where(s => s.Altitude == altitude);
}
