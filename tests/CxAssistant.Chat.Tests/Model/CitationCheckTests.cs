using CxAssistant.Chat.Citations;
using CxAssistant.Chat.Model;
using Microsoft.Extensions.AI;

namespace CxAssistant.Chat.Tests.Model;

/// <summary>
/// A model's answer keeps only quotes that are the words of a record it cites, and citations that point at records
/// about what they support.
/// </summary>
public sealed class CitationCheckTests(SampleWorkspace ws) : IClassFixture<SampleWorkspace>
{
    /// <summary>
    /// Two real citations: a delivery complaint and a record about another touchpoint, numbered as the book numbers
    /// them.
    /// </summary>
    private (Citation Delivery, Citation Other) Cite()
    {
        var book = new CitationBook(ws.Data);
        var a = ws.Data.Analysis;
        int About(string id, bool not) =>
            Enumerable
                .Range(0, a.Records.Count)
                .First(i =>
                    a.Annotations[i].Touchpoints.Any(t => t.TouchpointId == id) != not
                    && a.Annotations[i].Touchpoints.Count > 0
                    && a.Records[i].Text.Length > 40
                );
        return (
            book.CiteRecord(a.Records[About("delivery", false)]),
            book.CiteRecord(a.Records[About("delivery", true)])
        );
    }

    [Fact]
    public void Check_FabricatedQuote_IsRemovedAndTheAnswerSaysSo()
    {
        var (delivery, other) = Cite();
        const string invented = "Worst shop ever, never ordering again!";

        var (text, findings) = CitationCheck.Check(
            $"One customer wrote “{invented}” [{delivery.Number}].",
            [delivery, other],
            ws.Data
        );

        Assert.DoesNotContain(invented, text, StringComparison.Ordinal);
        Assert.Contains(CitationCheck.Removed, text, StringComparison.Ordinal);
        Assert.Contains("1 quotation(s) removed", text, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Contains("not the words of any record", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_VerbatimQuoteOfTheCitedRecord_IsKept()
    {
        var (delivery, other) = Cite();
        var quote = delivery.Quote[..Math.Min(40, delivery.Quote.Length)];
        var answer = $"A customer said \"{quote}\" [{delivery.Number}].";

        var (text, findings) = CitationCheck.Check(answer, [delivery, other], ws.Data);

        Assert.Equal(answer, text);
        Assert.Empty(findings);
    }

    [Fact]
    public void Check_QuoteCitedToTheWrongRecord_IsRepointedToTheRecordThatHoldsIt()
    {
        var (delivery, other) = Cite();
        var quote = delivery.Quote[..Math.Min(40, delivery.Quote.Length)];

        var (text, findings) = CitationCheck.Check(
            $"A customer said \"{quote}\" [{other.Number}].",
            [delivery, other],
            ws.Data
        );

        Assert.EndsWith($"\"{quote}\" [{delivery.Number}].", text, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Contains("does not contain it", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CitationOfAnUnrelatedRecordForATouchpointClaim_IsRemoved()
    {
        var (delivery, other) = Cite();
        var name = ws.Data.NameOf("delivery");

        var (text, findings) = CitationCheck.Check(
            $"{name} is where customers suffer most [{other.Number}][{delivery.Number}].",
            [delivery, other],
            ws.Data
        );

        Assert.DoesNotContain($"[{other.Number}]", text, StringComparison.Ordinal);
        Assert.Contains($"[{delivery.Number}]", text, StringComparison.Ordinal);
        Assert.Contains(findings, f =>
            f.Contains($"Citation [{other.Number}] does not concern", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Ask_ModelInventsAQuoteAndMiscites_TheAnswerKeepsOnlyVerifiedContent()
    {
        var client = new ScriptedChatClient(
            ScriptedChatClient.Calls(
                new FunctionCallContent(
                    "c1",
                    "search_evidence",
                    new Dictionary<string, object?> { ["query"] = "late delivery", ["top"] = 2 }
                )
            ),
            ScriptedChatClient.Text("Customers say “Delivery was the fastest I have ever seen, flawless!” [1].")
        );
        var agent = new ChatAgent(client, ws.Toolbox);

        var answer = await agent.AskAsync("What do customers say about delivery?");

        Assert.DoesNotContain("fastest I have ever seen", answer.Text, StringComparison.Ordinal);
        Assert.Contains("quotation(s) removed", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Findings, f => f.Contains("not the words of any record", StringComparison.Ordinal));
    }
}
