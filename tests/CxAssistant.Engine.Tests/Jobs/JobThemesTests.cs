using CxAssistant.Core.Jobs;
using CxAssistant.Analysis.Jobs;

namespace CxAssistant.Engine.Tests.Jobs;

public sealed class JobThemesTests
{
    public static TheoryData<string> Phrases()
    {
        // Themes of one domain share their aspiration: each phrase is tested once.
        var phrases = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in JobThemes.All)
        {
            phrases.Add($"{t.Main.Verb}|{t.Main.Object}|{t.Main.Clarifier}");
            phrases.Add($"{t.Aspiration.Verb}|{t.Aspiration.Object}|{t.Aspiration.Clarifier}");
            foreach (var s in t.Steps) phrases.Add($"{s.Phrase.Verb}|{s.Phrase.Object}|{s.Phrase.Clarifier}");
        }
        var data = new TheoryData<string>();
        foreach (var p in phrases) data.Add(p);
        return data;
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Theme_EveryPhrase_PassesTheLinter(string phrase)
    {
        var p = phrase.Split('|');
        var statement = new JobStatement { Id = "t", Verb = p[0], Object = p[1], Clarifier = p[2], Altitude = JobAltitude.Main };
        Assert.Empty(JobStatementLinter.Check(statement));
    }

    [Fact]
    public void Themes_IdsAndStepsAreUnique()
    {
        Assert.Equal(JobThemes.All.Count, JobThemes.All.Select(t => t.Id).Distinct().Count());
        Assert.All(JobThemes.All, t => Assert.Equal(t.Steps.Count, t.Steps.Select(s => s.Step).Distinct().Count()));
    }
}
