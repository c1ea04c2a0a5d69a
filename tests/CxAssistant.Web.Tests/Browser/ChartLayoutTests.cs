using System.Globalization;
using System.Text.Json;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Scoring;
using CxAssistant.Core.Touchpoints;
using CxAssistant.Ingestion;
using CxAssistant.Reports;

namespace CxAssistant.Web.Tests.Browser;

/// <summary>
/// Every chart drawn by Chromium and measured there, not by our own width estimate: no text leaves the canvas, no two
/// texts overlap, and no edge of the map runs through a circle other than its own two. For both samples and a
/// generated large case (many touchpoints with long names in a few stages, dense edges, outcomes on top of each other).
/// </summary>
public sealed class ChartLayoutTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly Lazy<AnalysisResult[]> Samples = new(() =>
        [
            .. new[] { "trailhead-outfitters", "bloom-and-crumb" }.Select(name =>
            {
                var folder = RepositoryRoot.Sample(name);
                return new AnalysisPipeline().Analyse(
                    new EvidenceLoader().Load([folder], IngestOptions.Default),
                    new AnalyzeOptions { Paths = [folder] }
                );
            }),
        ]
    );

    public static TheoryData<string> Charts() => ["sample-0", "sample-1", "large"];

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task NetworkSvg_DrawnByChromium_NoTextOutsideOrOverlappingAndNoEdgeThroughACircle(string which)
    {
        var analysis = Analysis(which);
        foreach (
            var options in new[]
            {
                NetworkSvgOptions.File,
                new NetworkSvgOptions { Interactive = true, NodeLink = id => "/t/" + id },
            }
        )
        {
            var problems = await MeasureAsync(NetworkSvg.Render(analysis, options));
            Assert.True(problems.Count == 0, which + ": " + string.Join("\n", problems));
        }
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public async Task OpportunityLandscapeSvg_DrawnByChromium_NoTextOutsideOrOverlapping(string which)
    {
        var jobs = Analysis(which).Jobs;
        Assert.NotNull(jobs);
        Assert.NotEmpty(jobs.Outcomes);
        var problems = await MeasureAsync(OpportunityLandscapeSvg.Render(jobs));
        Assert.True(problems.Count == 0, which + ": " + string.Join("\n", problems));
    }

    private static AnalysisResult Analysis(string which) =>
        which == "large"
            ? Large(Samples.Value[0])
            : Samples.Value[int.Parse(which["sample-".Length..], CultureInfo.InvariantCulture)];

    /// <summary>
    /// 36 touchpoints, a third with long names, over every stage, each linked to three others; 24 outcomes in clumps.
    /// </summary>
    private static AnalysisResult Large(AnalysisResult sample)
    {
        var stages = Enum.GetValues<JourneyStage>();
        var touchpoints = Enumerable
            .Range(0, 36)
            .Select(i => new Touchpoint
            {
                Id = $"tp-{i}",
                Name = $"Touchpoint {i} with a {(i % 3 == 0 ? "rather long and winding" : "short")} name",
                Stage = stages[i % stages.Length],
            })
            .ToList();
        var template = sample.Scoring.Touchpoints[0];
        var scores = touchpoints
            .Select((t, i) => template with { TouchpointId = t.Id, Mentions = 5 + (i * 37 % 400) })
            .ToList();
        var edges = Enumerable
            .Range(0, 36)
            .SelectMany(i =>
                new[] { 1, 2, 5 }.Select(d => new NetworkEdge(
                    $"tp-{i}",
                    $"tp-{(i + d) % 36}",
                    i % 2 == 0 ? EdgeKind.Sequence : EdgeKind.CoMention,
                    1 + i % 7
                ))
            )
            .ToList();
        var outcomeTemplate = sample.Jobs!.Outcomes[0];
        var outcomes = Enumerable
            .Range(0, 24)
            .Select(i =>
                outcomeTemplate with
                {
                    Id = $"o-{i}",
                    Statement =
                        $"Minimize the time it takes to finish step {i} of a long task that "
                        + $"customers describe at length",
                    Importance = 3 + i % 4 * 0.05 + i / 8 * 2.5,
                    Satisfaction = 2 + i % 4 * 0.05 + i / 8 * 2.5,
                }
            )
            .ToList();
        return sample with
        {
            Catalog = new TouchpointCatalog("large", touchpoints),
            Scoring = sample.Scoring with
            {
                Touchpoints = scores,
                Network = new TouchpointNetwork([.. touchpoints.Select(t => t.Id)], edges, [], FromTimelines: true),
            },
            Jobs = sample.Jobs with { Outcomes = outcomes },
        };
    }

    /// <summary>
    /// What Chromium measures wrong with a chart: texts outside the canvas or overlapping, edges through circles.
    /// </summary>
    private async Task<List<string>> MeasureAsync(string svg)
    {
        var page = await app.NewPageAsync(2400, 2400);
        await page.SetContentAsync($"<!doctype html><html><body style=\"margin:0\">{svg}</body></html>");
        var json = await page.EvaluateAsync<JsonElement>(Script);
        await page.Context.CloseAsync();
        return [.. json.EnumerateArray().Select(e => e.GetString()!)];
    }

    // Sizes the SVG to its viewBox (1 unit = 1 px), then checks every non-empty text's box and samples each edge path.
    private const string Script = """
        () => {
          const svg = document.querySelector("svg");
          const vb = svg.viewBox.baseVal;
          svg.setAttribute("width", vb.width); svg.setAttribute("height", vb.height);
          const at = svg.getBoundingClientRect();
          const problems = [];
          const texts = [...svg.querySelectorAll("text")].filter(t => t.textContent.trim() && !t.closest("marker"))
            .map(t => { const r = t.getBoundingClientRect();
              return { s: t.textContent, l: r.left - at.left, t: r.top - at.top,
                       r: r.right - at.left, b: r.bottom - at.top }; });
          for (const a of texts)
            if (a.l < -0.5 || a.t < -0.5 || a.r > vb.width + 0.5 || a.b > vb.height + 0.5) {
              const box = [a.l, a.t, a.r, a.b].map(v => v.toFixed(0)).join(",");
              problems.push(`outside: "${a.s}" [${box}] canvas ${vb.width}x${vb.height}`);
            }
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++) {
              const a = texts[i], b = texts[j];
              const w = Math.min(a.r, b.r) - Math.max(a.l, b.l), h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
              if (w > 1 && h > 1) problems.push(`overlap: "${a.s}" and "${b.s}"`);
            }
          const circles = [...svg.querySelectorAll("circle")].filter(c => !c.closest(".legend"))
            .map(c => ({ x: c.cx.baseVal.value, y: c.cy.baseVal.value, r: c.r.baseVal.value }));
          for (const p of svg.querySelectorAll("path[fill=none]")) {
            const length = p.getTotalLength(), start = p.getPointAtLength(0), end = p.getPointAtLength(length);
            const own = c => Math.abs(Math.hypot(start.x - c.x, start.y - c.y) - c.r) < 4
              || Math.abs(Math.hypot(end.x - c.x, end.y - c.y) - c.r) < 8;
            const others = circles.filter(c => !own(c));
            for (let d = 0; d <= length; d += 3) {
              const q = p.getPointAtLength(d);
              const hit = others.find(c => Math.hypot(q.x - c.x, q.y - c.y) < c.r - 1);
              if (hit) {
                const where = `(${hit.x.toFixed(0)},${hit.y.toFixed(0)})`;
                problems.push(`edge through a circle at ${where}: ${p.querySelector("title")?.textContent}`);
                break;
              }
            }
          }
          return problems;
        }
        """;
}
