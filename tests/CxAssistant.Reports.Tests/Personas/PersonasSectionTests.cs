using System.Text;
using CxAssistant.Core.Analysis;
using CxAssistant.Core.Evidence;
using CxAssistant.Core.Personas;

namespace CxAssistant.Reports.Tests.Personas;

public sealed class PersonasSectionTests(PersonaSamples samples) : IClassFixture<PersonaSamples>
{
    [Fact]
    public void Write_SampleCards_OneHeadingPerPersonaWithCitations()
    {
        var (analysis, cards) = samples.Get("bloom-and-crumb");
        var sb = new StringBuilder();

        PersonasSection.Write(sb, cards, analysis);
        var md = sb.ToString();

        Assert.StartsWith("## Personas", md, StringComparison.Ordinal);
        Assert.Equal(cards.Count, md.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        foreach (var card in cards)
        {
            Assert.Contains(MarkdownText.Escape(card.Name), md, StringComparison.Ordinal);
        }
        Assert.Contains("survey-nps.csv:", md, StringComparison.Ordinal);
        Assert.Contains("_Says_", md, StringComparison.Ordinal);
        Assert.Contains("| Key touchpoint | Mentions | Customers | Mean sentiment |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_QuoteWithMarkup_EscapedNotRaw()
    {
        var analysis = AnalysisFixture.Build();
        var record = analysis.Records[0];
        var start = record.Text.IndexOf(AnalysisFixture.Script, StringComparison.Ordinal);
        var script = EvidenceQuote.Of(record, start, start + AnalysisFixture.Script.Length);
        var link = EvidenceQuote.Of(analysis.Records[2], 0, 30);
        var card = Card(script, link, evidenceBased: true);
        var sb = new StringBuilder();

        PersonasSection.Write(sb, [card], analysis);
        var md = sb.ToString();

        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains(@"\<script\>", md, StringComparison.Ordinal);
        Assert.DoesNotContain("[click me](", md, StringComparison.Ordinal);
        Assert.Contains("feedback.csv:2, record r-1", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ThroughHtmlReport_ScriptQuoteShownAsTextAndCardsBecomeHeadings()
    {
        var analysis = AnalysisFixture.Build();
        var record = analysis.Records[0];
        var start = record.Text.IndexOf(AnalysisFixture.Script, StringComparison.Ordinal);
        var script = EvidenceQuote.Of(record, start, start + AnalysisFixture.Script.Length);
        var sb = new StringBuilder();
        PersonasSection.Write(
            sb,
            [Card(script, EvidenceQuote.Of(analysis.Records[1], 0, 8), evidenceBased: true)],
            analysis
        );

        var html = HtmlReport.Render(analysis, sb.ToString(), new ReportOptions());

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>late</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<h3", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ProtoPersona_LabelledInHeadingAndIntro()
    {
        var analysis = AnalysisFixture.Build();
        var quote = EvidenceQuote.Of(analysis.Records[1], 0, 8);
        var sb = new StringBuilder();

        PersonasSection.Write(sb, [Card(quote, quote, evidenceBased: false)], analysis);
        var md = sb.ToString();

        Assert.Contains("(proto-persona)", md, StringComparison.Ordinal);
        Assert.Contains("1 is a proto-persona", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Standalone_TitledDocumentWithLevelTwoCards()
    {
        var (analysis, cards) = samples.Get("trailhead-outfitters");

        var md = PersonaCardsMarkdown.Render(cards, analysis, "Trailhead");

        Assert.StartsWith("# Persona cards: Trailhead", md, StringComparison.Ordinal);
        Assert.Equal(cards.Count, md.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Write_NoPersonas_SaysWhy()
    {
        var sb = new StringBuilder();

        PersonasSection.Write(sb, [], AnalysisFixture.Build());

        Assert.Contains("Too few customers", sb.ToString(), StringComparison.Ordinal);
    }

    private static PersonaCard Card(EvidenceQuote first, EvidenceQuote second, bool evidenceBased) =>
        new()
        {
            Id = "persona-1",
            Name = "Waiting Will — the <b>late</b> customer",
            Role = new PersonaRole(PersonaRoleKind.Customer, "Decides and uses."),
            Context = [PersonaItem.Computed("Region: north", "3 of 3 customers")],
            Jobs = [PersonaItem.Quoted("Get the parcel on time", first)],
            Pains = [PersonaItem.Quoted("Long waits", first)],
            Gains = [],
            EmpathyMap = new EmpathyMap(
                [PersonaItem.Quoted(first.Text, first)],
                [PersonaItem.Computed("Thinks", "1")],
                [PersonaItem.Computed("Does", "1")],
                [PersonaItem.Computed("Feels", "1")],
                [PersonaItem.Quoted(second.Text, second)],
                [PersonaItem.Computed("Hears", "1")]
            ),
            Quotes = [first, second],
            Share = PersonaShare.Of(3, 3, 3, 3),
            KeyTouchpoints = [new KeyTouchpoint("delivery", "Delivery", 2, 2, -0.7)],
            Segment = new SegmentDefinition([new SegmentTrait("metadata", "region", "north", 1, 0.5, 2)], "test"),
            EvidenceBased = evidenceBased,
            Provenance = Provenance.Offline,
        };
}
