using CxAssistant.Core.Jobs;
using CxAssistant.Engine.Jobs;

namespace CxAssistant.Engine.Tests.Jobs;

public sealed class JobThemesTests
{
    public static TheoryData<string> Phrases()
    {
        var data = new TheoryData<string>();
        foreach (var t in JobThemes.All)
        {
            data.Add($"{t.Main.Verb}|{t.Main.Object}|{t.Main.Clarifier}");
            data.Add($"{t.Aspiration.Verb}|{t.Aspiration.Object}|{t.Aspiration.Clarifier}");
            foreach (var s in t.Steps) data.Add($"{s.Phrase.Verb}|{s.Phrase.Object}|{s.Phrase.Clarifier}");
        }
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
