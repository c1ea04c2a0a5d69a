namespace CxAssistant.Core.Touchpoints;

/// <summary>The touchpoints an analysis attributes evidence to, with where the list came from.</summary>
public sealed record TouchpointCatalog(string Name, IReadOnlyList<Touchpoint> Touchpoints)
{
    public Touchpoint? Find(string id) => Touchpoints.FirstOrDefault(t => t.Id == id);

    public TouchpointCatalog With(IEnumerable<Touchpoint> more) =>
        this with
        {
            Touchpoints = [.. Touchpoints, .. more],
        };
}
