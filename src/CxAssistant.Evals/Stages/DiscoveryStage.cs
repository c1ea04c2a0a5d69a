using System.Text.Json.Nodes;
using CxAssistant.Core.Evidence;

namespace CxAssistant.Evals.Stages;

/// <summary>
/// Offline touchpoint discovery: the themes customers raise that the case's catalog misses, each with its
/// evidence ids and a quote per record. Output: <c>{ discovered: [ { id, name, stage, description, terms, evidenceIds,
/// quotes } ] }</c>.
/// </summary>
public sealed class DiscoveryStage : IEvalStage
{
    /// <inheritdoc />
    public string Name => "discovery";

    /// <inheritdoc />
    public Task<StageOutput> RunAsync(StageRequest request, CancellationToken cancellationToken = default)
    {
        var analysis = request.Data.Analysis;
        var list = new JsonArray();
        foreach (
            var tp in analysis.Catalog.Touchpoints.Where(t => t.Origin == Core.Touchpoints.TouchpointOrigin.Discovered)
        )
        {
            var evidence = analysis
                .Annotations.Select((a, i) => (a, r: analysis.Records[i]))
                .Where(x => x.a.Touchpoints.Any(t => t.TouchpointId == tp.Id))
                .ToList();
            list.Add(
                new JsonObject
                {
                    ["id"] = tp.Id,
                    ["name"] = tp.Name,
                    ["stage"] = StageJson.ToNode(tp.Stage),
                    ["description"] = tp.Description,
                    ["terms"] = new JsonArray([.. tp.Keywords.Select(k => (JsonNode)k)]),
                    ["evidenceIds"] = new JsonArray([.. evidence.Select(x => (JsonNode)x.r.Id)]),
                    ["quotes"] = new JsonArray([
                        .. evidence
                            .Take(5)
                            .Select(x =>
                            {
                                var m = x.a.Touchpoints.First(t => t.TouchpointId == tp.Id);
                                return (JsonNode)StageJson.Quote(EvidenceQuote.Of(x.r, m.Start, m.End));
                            }),
                    ]),
                }
            );
        }
        return Task.FromResult(StageOutput.Offline(new JsonObject { ["discovered"] = list }));
    }
}
