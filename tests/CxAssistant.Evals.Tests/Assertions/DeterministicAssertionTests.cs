using System.Text.Json.Nodes;
using CxAssistant.Evals.Suites;

namespace CxAssistant.Evals.Tests.Assertions;

public sealed class DeterministicAssertionTests
{
    // "The parcel arrived late and crushed." — "arrived late" is [11, 23).
    private const string Grounded = """{"quotes":[{"evidenceId":"r1","start":11,"end":23,"text":"arrived late"}]}""";

    [Fact]
    public async Task Grounding_VerbatimQuote_Passes()
    {
        var metric = await AssertionRunner.EvaluateAsync(TestData.Context("{ type: grounding }", Grounded));
        Assert.Equal(1, metric.Value);
        Assert.False(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Grounding_ShiftedOffsetsAndUnknownRecord_ScoreOnlyTheGroundedShare()
    {
        var output = """
            {"a":[{"evidenceId":"r1","start":11,"end":23,"text":"arrived late"},
                  {"evidenceId":"r1","start":12,"end":24,"text":"arrived late"},
                  {"evidenceId":"r9","start":0,"end":3,"text":"The"}]}
            """;
        var metric = await AssertionRunner.EvaluateAsync(TestData.Context("{ type: grounding }", output));
        Assert.Equal(1.0 / 3, metric.Value!.Value, 3);
        Assert.True(metric.Interpretation!.Failed);
        Assert.Contains("2/3 quotes not grounded", metric.Reason);
    }

    [Fact]
    public async Task Grounding_NoQuotesWhenRequired_Fails()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: grounding, minQuotes: 1 }", """{"quotes":[]}""")
        );
        Assert.Equal(0, metric.Value);
    }

    [Fact]
    public async Task Labels_OneOfTwoExpectedFieldsWrong_HalfScoreWithGoldAndPredictedDetails()
    {
        var context = TestData.Context(
            "{ type: labels, fields: { sentiment: 'a[0].s', intent: 'a[0].i', touchpoint: 'a[0].t[0]' } }",
            """{"a":[{"s":"negative","i":"praise","t":[]}]}""",
            expect: new JsonObject { ["sentiment"] = "negative", ["intent"] = "complaint" }
        );
        var metric = await AssertionRunner.EvaluateAsync(context);
        Assert.Equal(0.5, metric.Value);
        Assert.Equal("complaint", metric.Metadata!["gold:intent"]);
        Assert.Equal("praise", metric.Metadata["pred:intent"]);
        Assert.False(metric.Metadata.ContainsKey("gold:touchpoint")); // not expected by the case: not scored
    }

    [Fact]
    public async Task Labels_ExpectedNullMatchesEmptyList()
    {
        var context = TestData.Context(
            "{ type: labels, fields: { touchpoint: 'a[0].t[0]' } }",
            """{"a":[{"t":[]}]}""",
            expect: new JsonObject { ["touchpoint"] = null }
        );
        Assert.Equal(1, (await AssertionRunner.EvaluateAsync(context)).Value);
    }

    [Fact]
    public async Task AllowedLabels_InventedLabel_FailsAndNamesIt()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: allowed-labels, path: 'a[*].s', values: [positive, negative, neutral] }",
                """{"a":[{"s":"negative"},{"s":"furious"}]}"""
            )
        );
        Assert.Equal(0.5, metric.Value);
        Assert.Contains("furious", metric.Reason);
    }

    [Fact]
    public async Task JsonSchema_MissingRequiredAndOutOfRange_FailsWithPaths()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: json-schema, schema: { type: object, required: [annotations], "
                    + "properties: { score: { type: number, minimum: -1, maximum: 1 } } } }",
                """{"score": 3}"""
            )
        );
        Assert.Equal(0, metric.Value);
        Assert.True(
            metric.Reason!.Contains("$: ", StringComparison.Ordinal)
                && metric.Reason.Contains("annotations", StringComparison.Ordinal),
            metric.Reason
        );
        Assert.True(metric.Reason.Contains("/score: ", StringComparison.Ordinal), metric.Reason);
    }

    [Fact]
    public async Task JsonSchema_CommittedAnnotationSchema_AcceptsOfflineShape()
    {
        var output = """
            {"annotations":[{"evidenceId":"r1","touchpoints":["delivery"],"sentiment":-0.5,"sentimentLabel":"negative",
              "intent":"complaint","jobState":"none","emotions":[],
              "quotes":[{"evidenceId":"r1","start":11,"end":23,"text":"arrived late"}]}]}
            """;
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: json-schema, schemaFile: ../schema/annotation-output.schema.json }", output)
        );
        Assert.Equal(1, metric.Value);
        var bad = output.Replace("\"complaint\"", "\"rant\"", StringComparison.Ordinal);
        Assert.Equal(
            0,
            (
                await AssertionRunner.EvaluateAsync(
                    TestData.Context("{ type: json-schema, schemaFile: ../schema/annotation-output.schema.json }", bad)
                )
            ).Value
        );
    }

    [Theory]
    [InlineData("{ type: contains, value: CRUSHED }", 1)]
    [InlineData("{ type: contains, value: CRUSHED, caseSensitive: true }", 0)]
    [InlineData("{ type: not-contains, values: [refund, crushed] }", 0.5)]
    [InlineData("{ type: regex, value: 'arrived\\s+late' }", 1)]
    [InlineData("{ type: not-regex, value: 'https?://' }", 1)]
    public async Task TextMatch_Variants(string spec, double expected)
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(spec, """{"summary":"The parcel arrived late and crushed."}""")
        );
        Assert.Equal(expected, metric.Value);
    }

    [Fact]
    public async Task TextMatch_BadRegex_IsAnErrorNotAScore()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: regex, value: '(unclosed' }", """{"a":1}""")
        );
        Assert.Null(metric.Value);
        Assert.True(AssertionRunner.HasError(metric));
    }

    [Fact]
    public async Task Unaffected_ChangedLabel_NamesTheFirstDifference()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: unaffected, paths: [fixFirst, 'a[0].s'], tolerance: 0.01 }",
                """{"fixFirst":["delivery"],"a":[{"s":"positive"}],"n":0.501}""",
                controlJson: """{"fixFirst":["delivery"],"a":[{"s":"negative"}],"n":0.5}"""
            )
        );
        Assert.Equal(0.5, metric.Value);
        Assert.Contains("a[0].s[0]: \"positive\" (control \"negative\")", metric.Reason);
    }

    [Fact]
    public async Task Unaffected_PathMissingOnBothSides_IsAnErrorNotAPass()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: unaffected, paths: [scores] }", """{"a":1}""", controlJson: """{"a":1}""")
        );
        Assert.Null(metric.Value);
        Assert.True(AssertionRunner.HasError(metric));
    }

    [Fact]
    public async Task Unaffected_WithoutControl_IsAnError()
    {
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: unaffected, paths: [a] }", """{"a":1}""")
        );
        Assert.True(AssertionRunner.HasError(metric));
    }

    [Fact]
    public async Task Similarity_SameTextScoresOneUnrelatedTextLower()
    {
        var same = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: similarity, path: s, reference: 'refund took three weeks to arrive' }",
                """{"s":"refund took three weeks to arrive"}"""
            )
        );
        var other = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: similarity, path: s, reference: 'refund took three weeks to arrive' }",
                """{"s":"lovely cosy atmosphere with candles"}"""
            )
        );
        Assert.Equal(1, same.Value!.Value, 3);
        Assert.True(other.Value < 0.5, $"unrelated similarity {other.Value}");
        Assert.True(other.Interpretation!.Failed);
    }

    [Fact]
    public async Task Budget_LatencyTokensAndCost()
    {
        Assert.Equal(
            0,
            (
                await AssertionRunner.EvaluateAsync(
                    TestData.Context("{ type: latency, max: 100 }", "{}", latencyMs: 250)
                )
            ).Value
        );
        Assert.Equal(
            1,
            (
                await AssertionRunner.EvaluateAsync(
                    TestData.Context("{ type: tokens, max: 1000 }", "{}", inputTokens: 900)
                )
            ).Value
        );
        var unpriced = await AssertionRunner.EvaluateAsync(
            TestData.Context("{ type: cost, max: 0.01 }", "{}", costUsd: null)
        );
        Assert.Null(unpriced.Value);
        Assert.True(AssertionRunner.HasError(unpriced));
    }

    [Fact]
    public async Task NoPii_PlantedEmailInQuote_Fails()
    {
        var records = new[]
        {
            new RecordInput { Id = "r1", Text = "Late again, email me at jane.doe@example.com" },
        };
        var metric = await AssertionRunner.EvaluateAsync(
            TestData.Context(
                "{ type: no-pii, path: 'q' }",
                """{"q":"email me at jane.doe@example.com"}""",
                records,
                new JsonObject { ["pii"] = new JsonArray("jane.doe@example.com") }
            )
        );
        Assert.Equal(0, metric.Value);
        Assert.Equal(
            1,
            (
                await AssertionRunner.EvaluateAsync(
                    TestData.Context("{ type: no-pii, path: 'q' }", """{"q":"Late again"}""", records)
                )
            ).Value
        );
    }
}
