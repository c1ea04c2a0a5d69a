namespace CxAssistant.Reports;

/// <summary>
/// How <see cref="NetworkSvg"/> draws for its reader: a standalone file (fixed size, plain nodes) or a page that links
/// each node (<see cref="NodeLink"/>) and highlights a node's edges (classes and data attributes its script reads).
/// </summary>
public sealed record NetworkSvgOptions
{
    /// <summary>The standalone file of a report set.</summary>
    public static readonly NetworkSvgOptions File = new();

    /// <summary>The address a node links to, from its touchpoint id; null: nodes are not links.</summary>
    public Func<string, string>? NodeLink { get; init; }

    /// <summary>
    /// For a page: the SVG scales with its container (class <c>chart</c>, no fixed size), carries <c>data-map</c>, and
    /// edges carry class <c>edge</c> with <c>data-from</c>/<c>data-to</c>.
    /// </summary>
    public bool Interactive { get; init; }
}
