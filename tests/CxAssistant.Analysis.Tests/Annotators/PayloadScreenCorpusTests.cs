using System.Text.Json;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Safety;
using CxAssistant.DevTools.Samples;

namespace CxAssistant.Analysis.Tests.Annotators;

/// <summary>
/// The payload screen must leave real feedback alone: on every sample record, every development-set text and 3,000
/// generated records, the only texts it screens are the two reviews the samples plant on purpose ("&lt;script&gt;…").
/// </summary>
public sealed class PayloadScreenCorpusTests
{
    [Fact]
    public void OrdinaryFeedback_IsNeverScreened()
    {
        var texts = new[] { "trailhead-outfitters", "bloom-and-crumb" }
            .SelectMany(s => SampleRuns.Analysis(s).Records)
            .Select(r => r.Text)
            .Concat(DevSetTexts())
            .Concat(SyntheticDataGenerator.Generate(3000, seed: 11).Select(r => r.Text))
            .ToList();

        var screened = texts.Where(t => PayloadScreen.Find(t).Count > 0).ToList();

        Assert.True(texts.Count > 4000, $"{texts.Count} texts");
        Assert.True(screened.Count == 2, string.Join("\n", screened.Take(40)));
        Assert.All(screened, t => Assert.StartsWith("<script>alert('x')</script>", t, StringComparison.Ordinal));
    }

    [Fact]
    public void PlantedScript_IsACueAndChangesNoLabel()
    {
        var analysis = SampleRuns.Analysis("trailhead-outfitters");
        var i = analysis.Records.ToList().FindIndex(r => r.Text.StartsWith("<script>", StringComparison.Ordinal));

        var cue = Assert.Single(analysis.Annotations[i].Cues, c =>
            c.Label.StartsWith(CueLabels.Payload, StringComparison.Ordinal)
        );
        Assert.Equal("payload:markup", cue.Label);
        Assert.Equal("<script>alert('x')</script>", analysis.Records[i].Text[cue.Start..cue.End]);
        // "great jacket, totally worth it"
        Assert.Equal(SentimentLabel.Positive, analysis.Annotations[i].SentimentLabel);
    }

    [Fact]
    public void Analysis_WarnsWhereTextWasScreened()
    {
        var trailhead = SampleRuns.Analysis("trailhead-outfitters");
        var warning = Assert.Single(trailhead.Warnings, w =>
            w.Contains("addressed to a machine", StringComparison.Ordinal)
        );
        var screened = trailhead.Records.Single(r => r.Text.StartsWith("<script>", StringComparison.Ordinal));

        Assert.StartsWith("1 record(s)", warning, StringComparison.Ordinal);
        Assert.Contains($"{screened.Source.File}:{screened.Source.Line}", warning, StringComparison.Ordinal);
        // An owner reads this line in the report: no machine label ("payload:") in it.
        Assert.DoesNotContain("payload:", warning, StringComparison.Ordinal);
    }

    private static IEnumerable<string> DevSetTexts()
    {
        var folder = Path.Combine(SampleRuns.Root, "evals", "devset");
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
            {
                yield return JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            }
        }
    }
}
