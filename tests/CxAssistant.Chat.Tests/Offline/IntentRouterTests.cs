using CxAssistant.Chat.Offline;

namespace CxAssistant.Chat.Tests.Offline;

public sealed class IntentRouterTests(SampleWorkspace ws) : IClassFixture<SampleWorkspace>
{
    [Theory]
    [InlineData("What annoys my customers most?", ChatIntent.Annoyances)]
    [InlineData("why did my NPS drop?", ChatIntent.NpsDrop)]
    [InlineData("What should I fix first?", ChatIntent.FixFirst)]
    [InlineData("show me what people say about delivery", ChatIntent.Touchpoint)]
    [InlineData("what do people say about the price of tents", ChatIntent.Search)]
    [InlineData("Who are my customers?", ChatIntent.Personas)]
    [InlineData("What jobs are customers trying to get done?", ChatIntent.Jobs)]
    [InlineData("How can we fix checkout?", ChatIntent.Hypotheses)]
    [InlineData("What is NPS by region?", ChatIntent.Metrics)]
    [InlineData("What if returns reached the median score?", ChatIntent.WhatIf)]
    [InlineData("What do customers love?", ChatIntent.Loves)]
    [InlineData("Will my NPS go up next year?", ChatIntent.Unknown)]
    [InlineData("Write a reply to the angry reviewer", ChatIntent.Unknown)]
    [InlineData("What is the meaning of life?", ChatIntent.Unknown)]
    public void Route_OwnerQuestion_GetsIntent(string question, ChatIntent expected)
    {
        Assert.Equal(expected, new IntentRouter(ws.Data).Route(question).Intent);
    }

    [Fact]
    public void Route_RecognisesTouchpointSegmentAndMonth()
    {
        var router = new IntentRouter(ws.Data);

        Assert.Equal("returns-exchanges", router.Route("What if returns reached the median?").TouchpointId);
        Assert.Equal("region=Mountain West", router.Route("What is NPS in Mountain West?").Segment);
        Assert.Equal("region", router.Route("NPS by region").SegmentField);
        Assert.Equal("2026-09", router.Route("What was NPS in September?").Period);
        Assert.Equal("2026-10", router.Route("NPS for 2026-10 please").Period);
        Assert.True(router.Route("NPS by month").ByMonth);
    }

    [Fact]
    public void Route_OutOfScope_SaysWhy()
    {
        var routed = new IntentRouter(ws.Data).Route("How do we compare with competitors?");

        Assert.Equal(ChatIntent.Unknown, routed.Intent);
        Assert.Contains("competitors", routed.Reason, StringComparison.Ordinal);
    }
}
