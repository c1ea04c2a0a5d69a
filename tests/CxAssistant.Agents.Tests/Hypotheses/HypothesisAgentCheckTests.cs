using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Analysis.Hypotheses;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Hypotheses;

namespace CxAssistant.Agents.Tests.Hypotheses;

/// <summary>
/// A model's rewording goes through the same debris check as the offline draft: "the the" or an unfilled slot in its
/// title, change or kill criterion is sent back, never rendered.
/// </summary>
public sealed class HypothesisAgentCheckTests
{
    private static (TouchpointHypotheses Group, HypothesisDrafts Answer) Offline()
    {
        var analysis = SampleRuns.Bloom;
        var group = HypothesisDrafter.Draft(analysis, analysis.FixFirst(1)).Touchpoints[0];
        var answer = new HypothesisDrafts([
            .. group.Hypotheses.Select(h => new HypothesisDraft(
                h.Id,
                h.Title,
                h.Change,
                h.KillCriterion,
                [.. h.Evidence.Select(q => new ModelQuote(q.EvidenceId, q.Text))]
            )),
        ]);
        return (group, answer);
    }

    private static IReadOnlySet<string> Ids(TouchpointHypotheses group) =>
        group.Hypotheses.SelectMany(h => h.Evidence).Select(q => q.EvidenceId).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Check_OfflineWordingKept_Passes()
    {
        var (group, answer) = Offline();

        var result = HypothesisAgent.Check(answer, group, Ids(group), SampleRuns.Bloom);

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("Title", "Put the the sign up", "'the the' repeats a word")]
    [InlineData("Change", "Post the wait at {touchpoint}.", "unfilled slot {touchpoint}")]
    [InlineData("KillCriterion", "Stop if the nPS does not move.", "'nPS' is mis-cased")]
    public void Check_ModelWordingWithDebris_IsSentBack(string field, string text, string expected)
    {
        var (group, answer) = Offline();
        var first = answer.Hypotheses![0];
        var broken = field switch
        {
            "Title" => first with { Title = text },
            "Change" => first with { Change = text },
            _ => first with { KillCriterion = text },
        };
        answer = new HypothesisDrafts([broken, .. answer.Hypotheses.Skip(1)]);

        var result = HypothesisAgent.Check(answer, group, Ids(group), SampleRuns.Bloom);

        Assert.Contains(result.Findings, f =>
            f.Check == HypothesisCheck.Debris && f.Message == $"{first.Id}: {expected}"
        );
    }
}
