using System.Text.Json;
using System.Text.RegularExpressions;
using CxAssistant.Agents.Budget;
using CxAssistant.Agents.Drafters;
using CxAssistant.Agents.Drafting;
using CxAssistant.Analysis.Languages;
using CxAssistant.Analysis.Pipeline;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Annotations;
using CxAssistant.Core.Evidence;
using CxAssistant.Ingestion;
using Microsoft.Extensions.AI;

namespace CxAssistant.Agents.Tests.Translation;

public sealed partial class TranslationAgentTests
{
    private const string German =
        "Die Lieferung kam zwei Wochen zu spät. Der Kundenservice hat nie auf meine E-Mails geantwortet.";

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["Die Lieferung kam zwei Wochen zu spät."] = "The delivery arrived two weeks late.",
        ["Der Kundenservice hat nie auf meine E-Mails geantwortet."] = "Customer service never answered my emails.",
    };

    private static AnalysisResult Offline()
    {
        EvidenceRecord Record(string id, string text) =>
            new()
            {
                Id = id,
                RecordId = id,
                Text = text,
                Source = new SourceLocation("f.csv", 2),
                Channel = Channel.Review,
            };
        var ingest = new IngestResult(
            [Record("de", German), Record("en", "Checkout was quick and the boots fit well.")],
            [],
            []
        );
        return new AnalysisPipeline().Analyse(ingest, new AnalyzeOptions { Paths = [], Preset = "ecommerce" });
    }

    /// <summary>
    /// Answers translate-batch requests sentence by sentence from <see cref="English"/>, like a faithful model.
    /// </summary>
    private static string Translate(IReadOnlyList<ChatMessage> messages)
    {
        var user = messages[^1].Text;
        var items = SentenceElement()
            .Matches(user)
            .Select(m => new { id = m.Groups[1].Value, english = English[m.Groups[2].Value] });
        return JsonSerializer.Serialize(new { items });
    }

    [GeneratedRegex("<evidence id=\"([^\"]+)\">([^<]*)</evidence>")]
    private static partial Regex SentenceElement();

    [Fact]
    public async Task RunAsync_GermanRecord_ReadFromTheTranslationWithSpansInTheOriginalSentences()
    {
        var offline = Offline();
        Assert.Equal(Annotation.NotReadProvenance, offline.Annotations[0].Provenance);
        var client = new ScriptedChatClient(Translate);

        var result = await new TranslationAgent().RunAsync(
            new ModelSession(client, "test-model", new RunLedger()),
            offline
        );

        var de = result.Annotations[0];
        Assert.Equal(Annotation.TranslatedProvenance, de.Provenance);
        Assert.Equal("The delivery arrived two weeks late. Customer service never answered my emails.", de.Translation);
        Assert.Equal("de", de.Language?.Code);
        Assert.Contains(de.Touchpoints, t => German[t.Start..t.End] == "Die Lieferung kam zwei Wochen zu spät.");
        Assert.All(de.Cues, c => Assert.Contains(German[c.Start..c.End], English.Keys.Concat([German])));
        Assert.Equal(German, result.Records[0].Text);
        Assert.Same(offline.Annotations[1], result.Annotations[1]);
        var request = Assert.Single(client.Requests);
        Assert.Contains("<data>", request.Messages[^1].Text, StringComparison.Ordinal);
        Assert.Contains("Die Lieferung kam zwei Wochen zu spät.", request.Messages[^1].Text, StringComparison.Ordinal);
        var line = Assert.Single(result.Warnings, w => w.StartsWith(LanguageSummary.Prefix, StringComparison.Ordinal));
        Assert.Contains("1 were translated into English by the model", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ModelAnswersGarbage_RecordStaysNotReadAndTheFailureIsSaid()
    {
        var offline = Offline();
        var client = new ScriptedChatClient(_ => "Sure! Here is the translation: the delivery was late.");
        var agent = new TranslationAgent();

        var result = await agent.RunAsync(
            new ModelSession(client, "test-model", new RunLedger(), budget: new BudgetOptions()),
            offline
        );

        Assert.Equal(Annotation.NotReadProvenance, result.Annotations[0].Provenance);
        Assert.Null(result.Annotations[0].Translation);
        Assert.Empty(result.Annotations[0].Touchpoints);
        Assert.Equal(new BudgetOptions().MaxRepairs + 1, client.Requests.Count);
        var failure = Assert.Single(agent.Failures);
        Assert.Contains("1 record(s) stay untranslated", failure, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("translation failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_ModelTimesOut_RecordStaysNotReadWithTheError()
    {
        var offline = Offline();
        var client = new ScriptedChatClient(
            (_, _) => throw new TimeoutException("The model did not answer within 100 s.")
        );
        var agent = new TranslationAgent();

        var result = await agent.RunAsync(new ModelSession(client, "test-model", new RunLedger()), offline);

        Assert.Equal(Annotation.NotReadProvenance, result.Annotations[0].Provenance);
        Assert.Contains("did not answer", Assert.Single(agent.Failures), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("translation failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingSentence_FailsNamingIt()
    {
        var found = TranslationAgent.Check(
            new TranslateBatchAnswer([new TranslatedSentence("de#0", "The delivery was late.")]),
            ["de#0", "de#1"]
        );

        Assert.Null(found.Artifact);
        Assert.Contains(found.Findings, f => f.Message.Contains("'de#1' has no entry", StringComparison.Ordinal));
    }
}
