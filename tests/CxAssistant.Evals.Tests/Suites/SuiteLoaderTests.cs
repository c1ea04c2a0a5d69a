using CxAssistant.Evals.Assertions;
using CxAssistant.Evals.Stages;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Suites;

public sealed class SuiteLoaderTests
{
    [Fact]
    public void LoadFolder_CommittedSuites_EveryStageHasAGoldenSuite()
    {
        var suites = SuiteLoader.LoadFolder(TestData.SuitesDir, StageRegistry.Offline().Names, EvaluatorCatalog.Types);
        var stages = suites.Select(s => s.Stage).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "annotation", "discovery", "personas", "jobs", "hypotheses", "analysis" },
            stages
        );
        Assert.Contains(suites, s => s.Name == "redteam" && s.Cases.All(c => c.Control is not null));
        // The language suite is the holdout file converted line by line.
        var language = suites.Single(s => s.Name == "annotation-language");
        Assert.Equal(
            File.ReadLines(Path.Combine(TestData.EvalsDir, "devset", "language.holdout.jsonl"))
                .Count(l => l.Trim().Length > 0),
            language.Cases.Count
        );
        Assert.All(language.Cases, c => Assert.True(c.Expect.ContainsKey("sentiment")));
    }

    [Fact]
    public void Load_UnknownAssertionType_NamesFileLineAndKnownTypes()
    {
        var path = TestData.WriteSuite(
            "name: t\nstage: annotation\ncases:\n  - id: a\n    inputs: { records: "
                + "[ { id: r, text: hi } ] }\n    assert:\n      - type: sentiment-ok\n"
        );
        var e = Assert.Throws<SuiteException>(() =>
            SuiteLoader.Load(path, StageRegistry.Offline().Names, EvaluatorCatalog.Types)
        );
        Assert.Contains(path, e.Message);
        Assert.Contains("line 7", e.Message);
        Assert.Contains("grounding", e.Message);
    }

    [Fact]
    public void Load_MalformedYaml_NamesLine()
    {
        var path = TestData.WriteSuite("name: t\nstage: annotation\ncases: [\n  - id: a\n");
        var e = Assert.Throws<SuiteException>(() => SuiteLoader.Load(path));
        Assert.Matches("line [0-9]+", e.Message);
    }

    [Fact]
    public void Load_WrongValueType_NamesLineOfTheValue()
    {
        var path = TestData.WriteSuite(
            "name: t\nstage: annotation\nthresholds:\n  pass: high\ncases:\n  - "
                + "id: a\n    inputs: { records: [ { id: r, text: hi } ] }\n"
        );
        var e = Assert.Throws<SuiteException>(() => SuiteLoader.Load(path));
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void Load_MisspeltKey_IsAnErrorWithItsLine()
    {
        var path = TestData.WriteSuite(
            "name: t\nstage: annotation\ncases:\n  - id: a\n    inputs: { records: "
                + "[ { id: r, text: hi } ] }\n    expectations: { sentiment: negative }\n"
        );
        var e = Assert.Throws<SuiteException>(() => SuiteLoader.Load(path));
        Assert.Contains("expectations", e.Message);
        Assert.Contains("line 6", e.Message);
    }

    [Fact]
    public void Load_DatasetWithBadLine_NamesDatasetFileAndLine()
    {
        var suite = TestData.WriteSuite(
            "name: t\nstage: annotation\ndatasets:\n  - { path: data.jsonl, expect: [sentiment] }\n"
        );
        File.WriteAllText(
            Path.Combine(Path.GetDirectoryName(suite)!, "data.jsonl"),
            "{\"id\": \"a\", \"text\": \"fine\", \"sentiment\": \"positive\"}\n{not json\n"
        );
        var e = Assert.Throws<SuiteException>(() => SuiteLoader.Load(suite));
        Assert.Contains("data.jsonl, line 2", e.Message);
    }

    [Fact]
    public void Load_DuplicateCaseIds_AreRejected()
    {
        var path = TestData.WriteSuite(
            "name: t\nstage: annotation\ncases:\n  - { id: a, inputs: { records: [ "
                + "{ id: r, text: hi } ] } }\n  - { id: a, inputs: { records: [ { id: r, "
                + "text: ho } ] } }\n"
        );
        Assert.Contains("duplicate case id 'a'", Assert.Throws<SuiteException>(() => SuiteLoader.Load(path)).Message);
    }

    [Fact]
    public void Load_QuotedScalars_StayStrings()
    {
        var suite = TestData.LoadSuite(
            "name: t\nstage: annotation\ncases:\n  - id: a\n    inputs: { records: "
                + "[ { id: \"007\", text: \"true\" } ] }\n    expect: { nps: 9, label: "
                + "\"9\" }\n"
        );
        Assert.Equal("007", suite.Cases[0].Inputs.Records[0].Id);
        Assert.Equal("true", suite.Cases[0].Inputs.Records[0].Text);
        Assert.Equal(System.Text.Json.JsonValueKind.String, suite.Cases[0].Expect["label"]!.GetValueKind());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, suite.Cases[0].Expect["nps"]!.GetValueKind());
    }
}
